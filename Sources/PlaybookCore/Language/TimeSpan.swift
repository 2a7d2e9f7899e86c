/// A length of time said in words (七个工作日, 一周多, 两个多月, 3天, 半年, 一年半), as the range
/// of calendar days it can mean, so 七个工作日 and 一周多一点 can be compared.
public struct TimeSpan: Sendable, Equatable {
    /// The calendar days the phrase can mean, smallest to largest.
    public var days: ClosedRange<Double>
    /// Where the phrase is in the characters it was found in.
    public var range: Range<Int>

    public init(days: ClosedRange<Double>, range: Range<Int>) {
        self.days = days
        self.range = range
    }

    /// Whether two spans can mean the same length of time.
    public func overlaps(_ other: TimeSpan) -> Bool {
        days.overlaps(other.days)
    }

    /// The lengths of time in some (folded, space-free) characters.
    public static func spans(in characters: [Character]) -> [TimeSpan] {
        var result: [TimeSpan] = []
        var start = 0
        while start < characters.count {
            if let span = span(at: start, in: characters) {
                result.append(span)
                start = span.range.upperBound
            } else if let (_, _, end) = number(at: start, in: characters) {
                start = end  // not 25年 inside 2025年
            } else {
                start += 1
            }
        }
        return result
    }

    private struct Unit {
        var word: [Character]
        var days: Double
        var working = false
        var needsCount = false
        var isYear = false
    }

    /// Units with their length in days, longer words first (days before day); working days
    /// are handled apart because weekends stretch them. 日 is left out and 月 needs 个: 5日 and
    /// 三月 are dates. English units follow Arabic digits (folded text has no spaces).
    private static let units: [Unit] = [
        Unit(word: Array("工作日"), days: 1, working: true), Unit(word: Array("workingdays"), days: 1, working: true),
        Unit(word: Array("workingday"), days: 1, working: true), Unit(word: Array("businessdays"), days: 1, working: true),
        Unit(word: Array("businessday"), days: 1, working: true),
        Unit(word: Array("星期"), days: 7), Unit(word: Array("礼拜"), days: 7), Unit(word: Array("weeks"), days: 7),
        Unit(word: Array("week"), days: 7), Unit(word: Array("小时"), days: 1.0 / 24), Unit(word: Array("钟头"), days: 1.0 / 24),
        Unit(word: Array("hours"), days: 1.0 / 24), Unit(word: Array("hour"), days: 1.0 / 24),
        Unit(word: Array("天"), days: 1), Unit(word: Array("days"), days: 1), Unit(word: Array("day"), days: 1),
        Unit(word: Array("周"), days: 7), Unit(word: Array("月"), days: 30, needsCount: true),
        Unit(word: Array("months"), days: 30), Unit(word: Array("month"), days: 30),
        Unit(word: Array("年"), days: 365, isYear: true), Unit(word: Array("years"), days: 365, isYear: true),
        Unit(word: Array("year"), days: 365, isYear: true),
    ]

    /// Words after a unit that make the length "a bit more" (一周多, 三天出头, 一周多一点).
    private static let more: [[Character]] = ["多一点", "多点", "多", "出头"].map(Array.init)
    /// Words after a unit that make the length approximate (一周左右, 七天上下).
    private static let about: [[Character]] = ["左右", "上下", "前后"].map(Array.init)

    private static func span(at start: Int, in characters: [Character]) -> TimeSpan? {
        guard let (count, step, afterNumber) = number(at: start, in: characters) else { return nil }
        var index = afterNumber
        let counted = index < characters.count && characters[index] == "个"
        if counted { index += 1 }
        var plus = false
        if index < characters.count, characters[index] == "多" || characters[index] == "来" {
            plus = true
            index += 1
        }
        guard let unit = units.first(where: { has($0.word, at: index, in: characters) }),
              !unit.needsCount || counted,
              !unit.isYear || count < 100  // 2025年 is a year
        else { return nil }
        index += unit.word.count
        var low = count * unit.days
        var high = low
        if unit.working {
            high = count + 2 * (count / 5).rounded(.up)  // each five working days may span a weekend
        }
        if index < characters.count, characters[index] == "半" {
            low += unit.days / 2
            high += unit.days / 2
            index += 1
        }
        if plus {
            high += step * unit.days
        } else if let word = more.first(where: { has($0, at: index, in: characters) }) {
            high += unit.days
            index += word.count
        } else if let word = about.first(where: { has($0, at: index, in: characters) }) {
            low *= 0.8
            high *= 1.2
            index += word.count
        }
        return TimeSpan(days: low...high, range: start..<index)
    }

    /// A number at `start` (Arabic digits, Chinese numerals, or 半 for a half), its value, the
    /// size of its last place (十多天: ten more at most, 两个多月: one more), and where it ends.
    private static func number(at start: Int, in characters: [Character]) -> (Double, Double, Int)? {
        if characters[start] == "半" { return (0.5, 0.5, start + 1) }
        var end = start
        if characters[start].isASCII && characters[start].isNumber {
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard let value = Double(String(characters[start..<end])) else { return nil }
            return (value, 1, end)
        }
        while end < characters.count, ChineseNumber.isNumeral(characters[end]) { end += 1 }
        guard end > start, let value = ChineseNumber.value(of: String(characters[start..<end])) else { return nil }
        let step: Double = characters[end - 1] == "十" ? 10 : characters[end - 1] == "百" ? 100 : 1
        return (Double(value), step, end)
    }

    private static func has(_ word: [Character], at index: Int, in characters: [Character]) -> Bool {
        index + word.count <= characters.count && Array(characters[index..<(index + word.count)]) == word
    }
}
