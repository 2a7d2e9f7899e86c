import CCmark
import Foundation

/// A CommonMark document parsed by libcmark.
///
/// This is the only type that owns a `cmark_node` tree: it frees the tree when the last
/// reference to the document (or to any ``MarkdownNode`` inside it) goes away.
public final class MarkdownDocument: @unchecked Sendable {
    // Immutable after init; libcmark only reads the tree from here on, so sharing across
    // threads is safe.
    fileprivate let root: OpaquePointer

    /// Parses `text` as CommonMark, keeping source positions.
    public init(_ text: String) {
        var copy = text
        root = copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
            }
        }
    }

    deinit { cmark_node_free(root) }

    /// The document node.
    public var rootNode: MarkdownNode { MarkdownNode(pointer: root, document: self) }
}

/// Options for rendering Markdown to HTML.
public struct HTMLRenderOptions: Sendable, Hashable {
    /// Keep raw HTML and `javascript:` style links. Off by default: cmark then omits them.
    public var unsafe: Bool
    public init(unsafe: Bool = false) { self.unsafe = unsafe }
}

/// A node in a ``MarkdownDocument``. Holding a node keeps its document alive.
public struct MarkdownNode: @unchecked Sendable {
    fileprivate let pointer: OpaquePointer
    /// The document that owns this node's memory.
    public let document: MarkdownDocument

    fileprivate init(pointer: OpaquePointer, document: MarkdownDocument) {
        self.pointer = pointer
        self.document = document
    }

    fileprivate func wrap(_ other: OpaquePointer?) -> MarkdownNode? {
        other.map { MarkdownNode(pointer: $0, document: document) }
    }

    /// The node's kind.
    public var kind: MarkdownNodeKind { MarkdownNodeKind(cmark_node_get_type(pointer)) }

    public var parent: MarkdownNode? { wrap(cmark_node_parent(pointer)) }
    public var firstChild: MarkdownNode? { wrap(cmark_node_first_child(pointer)) }
    public var lastChild: MarkdownNode? { wrap(cmark_node_last_child(pointer)) }
    public var next: MarkdownNode? { wrap(cmark_node_next(pointer)) }
    public var previous: MarkdownNode? { wrap(cmark_node_previous(pointer)) }

    /// The direct children, in order.
    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The text of a text, code, code block or HTML node.
    public var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }

    /// The level (1–6) of a heading; 0 for other nodes.
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// Whether a list is ordered.
    public var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    /// The destination of a link or image.
    public var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    /// The info string of a fenced code block.
    public var fenceInfo: String? { cmark_node_get_fence_info(pointer).map { String(cString: $0) } }

    /// Where the node starts in the Markdown text (1-based line, 1-based byte column).
    public var start: MarkdownPosition {
        MarkdownPosition(line: Int(cmark_node_get_start_line(pointer)),
                         byteColumn: Int(cmark_node_get_start_column(pointer)))
    }

    /// Where the node ends in the Markdown text (1-based line, 1-based byte column).
    public var end: MarkdownPosition {
        MarkdownPosition(line: Int(cmark_node_get_end_line(pointer)),
                         byteColumn: Int(cmark_node_get_end_column(pointer)))
    }

    /// Renders this node and its descendants as HTML.
    public func html(_ options: HTMLRenderOptions = HTMLRenderOptions()) -> String {
        let flags = options.unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let rendered = cmark_render_html(pointer, flags) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// A depth-first walk over this node and its descendants.
    public func walk() -> MarkdownWalk { MarkdownWalk(root: self) }

    /// Whether two values refer to the same node.
    public func isSameNode(as other: MarkdownNode) -> Bool { pointer == other.pointer }
}

/// A position in Markdown text as libcmark reports it.
public struct MarkdownPosition: Sendable, Hashable {
    public var line: Int
    public var byteColumn: Int
}

/// A depth-first walk over a subtree, driven by libcmark's iterator.
///
/// Each step yields an event: entering a node, or leaving a container node.
public struct MarkdownWalk: Sequence {
    let root: MarkdownNode

    public enum Event: Sendable {
        case enter(MarkdownNode)
        case exit(MarkdownNode)
    }

    public func makeIterator() -> Iterator { Iterator(root: root) }

    public final class Iterator: IteratorProtocol {
        private let root: MarkdownNode
        private let iterator: OpaquePointer

        init(root: MarkdownNode) {
            self.root = root
            iterator = cmark_iter_new(root.pointer)
        }

        deinit { cmark_iter_free(iterator) }

        public func next() -> Event? {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, event != CMARK_EVENT_NONE,
                  let node = root.wrap(cmark_iter_get_node(iterator)) else { return nil }
            return event == CMARK_EVENT_EXIT ? .exit(node) : .enter(node)
        }
    }

    /// Every node of the subtree in document order (entry events only).
    public var nodes: [MarkdownNode] {
        compactMap { if case .enter(let node) = $0 { return node } else { return nil } }
    }
}

/// The kinds of CommonMark node libcmark produces.
public enum MarkdownNodeKind: Sendable, Hashable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
    case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline, emphasis
    case strong, link, image, unknown

    init(_ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: self = .customInline
        case CMARK_NODE_EMPH: self = .emphasis
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        default: self = .unknown
        }
    }

    /// Whether the node is a block (as opposed to inline content).
    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock,
             .paragraph, .heading, .thematicBreak: return true
        default: return false
        }
    }
}
