import Testing
@testable import PlaybookCore

@Suite struct TimeSpanTests {
    private func days(_ text: String) -> [ClosedRange<Double>] {
        TimeSpan.spans(in: Array(text)).map(\.days)
    }

    @Test func readsLengthsInEitherScript() {
        #expect(days("三天内到账") == [3...3])
        #expect(days("3天内到账") == [3...3])
        #expect(days("要两个月") == [60...60])
        #expect(days("一年半") == [547.5...547.5])
        #expect(days("半年") == [182.5...182.5])
        #expect(days("within7workingdays") == [7...11])
        #expect(days("2weeks") == [14...14])
    }

    @Test func moreAndAboutWidenTheRange() {
        #expect(days("一周多一点") == [7...14])
        #expect(days("十多天") == [10...20])
        #expect(days("两个多月") == [60...90])
        let about = days("一周左右")
        #expect(about.count == 1 && abs(about[0].lowerBound - 5.6) < 1e-9 && abs(about[0].upperBound - 8.4) < 1e-9)
    }

    @Test func workingDaysMaySpanWeekends() {
        #expect(days("七个工作日") == [7...11])
        #expect(days("五个工作日") == [5...7])
    }

    @Test func datesAreNotLengths() {
        #expect(days("到十二月底") == [])
        #expect(days("2025年起") == [])
        #expect(days("每月5日") == [])
    }

    @Test func spansOverlapWhenTheyCanMeanTheSameTime() {
        let week = TimeSpan.spans(in: Array("一周多")).first!
        #expect(week.overlaps(TimeSpan.spans(in: Array("七个工作日")).first!))
        #expect(!week.overlaps(TimeSpan.spans(in: Array("三天")).first!))
        #expect(!week.overlaps(TimeSpan.spans(in: Array("一个月")).first!))
    }
}
