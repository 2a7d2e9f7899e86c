import Foundation
import PlaybookCore

/// Inline SVG charts: drawn on the server, no script and no inline style (colours come from
/// classes in `hub.css`, so they follow light and dark mode). Each chart has a text label for
/// screen readers and a `<title>` per mark, shown as a tooltip.
enum SVGChart {
    /// One mark: its value, the tooltip, and an optional CSS class.
    struct Mark {
        var value: Double
        var title: String
        var style: String? = nil
    }

    static let width = 320.0
    static let left = 36.0
    static let bottom = 18.0

    /// Vertical bars over time, with the largest value and the first and last labels on the axes.
    static func columns(_ marks: [Mark], label: String, first: String, last: String) -> String {
        let height = 130.0
        let top = max(1, marks.map(\.value).max() ?? 1)
        let plot = (width: width - left - 4, height: height - bottom - 8)
        let step = plot.width / Double(max(1, marks.count))
        var out = open(label: label, height: height)
        out += axis(height: height, top: Self.number(top), bottomLabel: "0")
        for (index, mark) in marks.enumerated() {
            let h = plot.height * mark.value / top
            let x = left + Double(index) * step + step * 0.15
            out += "<rect class=\"\(mark.style ?? "bar")\" x=\"\(f(x))\" y=\"\(f(8 + plot.height - h))\" width=\"\(f(step * 0.7))\" height=\"\(f(max(h, mark.value > 0 ? 1 : 0)))\"><title>\(HTMLEscaping.escape(mark.title))</title></rect>"
        }
        out += text(first, x: left, y: height - 4, anchor: "start")
        out += text(last, x: width - 4, y: height - 4, anchor: "end")
        return out + "</svg>"
    }

    /// A line of shares 0–1 over time (gaps where there is no value), with a dashed target line.
    static func line(_ points: [(value: Double?, title: String)], label: String, target: Double?, first: String, last: String) -> String {
        let height = 130.0
        let plot = (width: width - left - 4, height: height - bottom - 8)
        let step = plot.width / Double(max(1, points.count - 1))
        func y(_ value: Double) -> Double { 8 + plot.height * (1 - value) }
        var out = open(label: label, height: height)
        out += axis(height: height, top: "100%", bottomLabel: "0%")
        if let target {
            out += "<line class=\"target\" x1=\"\(f(left))\" x2=\"\(f(width - 4))\" y1=\"\(f(y(target)))\" y2=\"\(f(y(target)))\"/>"
        }
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { out += "<polyline class=\"line\" points=\"\(segment.joined(separator: " "))\"/>" }
            segment = []
        }
        for (index, point) in points.enumerated() {
            guard let value = point.value else { flush(); continue }
            let x = left + Double(index) * step
            segment.append("\(f(x)),\(f(y(value)))")
            out += "<circle class=\"dot\" cx=\"\(f(x))\" cy=\"\(f(y(value)))\" r=\"3\"><title>\(HTMLEscaping.escape(point.title))</title></circle>"
        }
        flush()
        out += text(first, x: left, y: height - 4, anchor: "start")
        out += text(last, x: width - 4, y: height - 4, anchor: "end")
        return out + "</svg>"
    }

    /// Horizontal bars with their labels and values, longest possible bar = `top`.
    static func rows(_ rows: [(label: String, mark: Mark)], label: String, top: Double) -> String {
        let rowHeight = 22.0
        let labelWidth = 128.0
        let height = rowHeight * Double(rows.count) + 4
        let span = width - labelWidth - 36
        var out = open(label: label, height: height)
        for (index, row) in rows.enumerated() {
            let y = 2 + Double(index) * rowHeight
            let w = top > 0 ? span * row.mark.value / top : 0
            out += text(short(row.label, 18), x: labelWidth - 6, y: y + 15, anchor: "end")
            out += "<rect class=\"\(row.mark.style ?? "bar")\" x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(max(w, 1)))\" height=\"\(f(rowHeight - 6))\"><title>\(HTMLEscaping.escape(row.mark.title))</title></rect>"
            out += text(Self.number(row.mark.value), x: labelWidth + max(w, 1) + 4, y: y + 15, anchor: "start")
        }
        return out + "</svg>"
    }

    private static func open(label: String, height: Double) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
    }

    private static func axis(height: Double, top: String, bottomLabel: String) -> String {
        let baseline = height - bottom
        return "<line class=\"axis\" x1=\"\(f(left - 2))\" x2=\"\(f(width - 4))\" y1=\"\(f(baseline))\" y2=\"\(f(baseline))\"/>"
            + "<line class=\"grid\" x1=\"\(f(left - 2))\" x2=\"\(f(width - 4))\" y1=\"8\" y2=\"8\"/>"
            + text(top, x: left - 4, y: 12, anchor: "end") + text(bottomLabel, x: left - 4, y: baseline, anchor: "end")
    }

    private static func text(_ value: String, x: Double, y: Double, anchor: String) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">\(HTMLEscaping.escape(value))</text>"
    }

    private static func short(_ value: String, _ limit: Int) -> String {
        value.count > limit ? String(value.prefix(limit - 1)) + "…" : value
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
