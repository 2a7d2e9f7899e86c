/// Numbers written in Chinese numerals (五十, 一百二十, 两千), so "五十万" and "50万" can be
/// compared. 万 and 亿 are left out: they are words of their own, after a number in either script.
public enum ChineseNumber {
    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Whether a character can be part of a Chinese numeral.
    public static func isNumeral(_ character: Character) -> Bool {
        digits[character] != nil || units[character] != nil
    }

    /// The value of a run of numeral characters (十五 = 15, 五十 = 50, 三百零五 = 305,
    /// 一二三 = 123 read digit by digit), nil when it is not a number.
    public static func value<S: StringProtocol>(of text: S) -> Int? {
        let characters = Array(text)
        guard !characters.isEmpty, characters.allSatisfy(isNumeral) else { return nil }
        if characters.allSatisfy({ digits[$0] != nil }) {
            return characters.count == 1 ? digits[characters[0]] : characters.reduce(0) { $0 * 10 + digits[$1]! }
        }
        var total = 0
        var pending: Int?
        var lastUnit = Int.max
        for (index, character) in characters.enumerated() {
            if let digit = digits[character] {
                if pending != nil && digit != 0 { return nil }  // 五五十: not a number
                pending = digit == 0 ? nil : digit
            } else if let unit = units[character] {
                guard unit < lastUnit else { return nil }
                if let digit = pending {
                    total += digit * unit
                } else if index == 0 && unit == 10 {
                    total = 10  // 十五
                } else {
                    return nil  // 百十: a unit without its digit
                }
                pending = nil
                lastUnit = unit
            }
        }
        return total + (pending ?? 0)
    }

    /// The numbers written in Chinese numerals in some characters, with where they are.
    public static func numbers(in characters: [Character]) -> [(value: Int, range: Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        var start = 0
        while start < characters.count {
            guard isNumeral(characters[start]) else { start += 1; continue }
            var end = start + 1
            while end < characters.count, isNumeral(characters[end]) { end += 1 }
            if let value = value(of: characters[start..<end].map(String.init).joined()) { result.append((value, start..<end)) }
            start = end
        }
        return result
    }
}
