import PlaybookCore

extension DrillText {
    /// A rating's name: "重来", "Again", ….
    public func label(_ rating: Rating) -> String {
        self["rating\(rating.rawValue)"]
    }
}
