import Testing
@testable import PlaybookDrill

@Suite struct RatingTests {
    @Test func ratingsAreOrderedOneToFour() {
        #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(Rating.again < Rating.easy)
    }
}
