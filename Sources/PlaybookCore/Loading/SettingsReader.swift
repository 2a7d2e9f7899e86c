/// Reads `playbook.md`: the playbook's title, locale, defaults and introduction.
enum SettingsReader {
    static func read(_ file: ContentFile?, text: String?, displayRoot: String, log: inout DiagnosticLog) -> PlaybookSettings {
        let path = file?.displayPath ?? ContentDiscovery.displayPath(root: displayRoot, relative: "playbook.md")
        guard let file, let text else {
            if file == nil {
                log.error(.missingPlaybook, at: SourceLocation(path: path, line: 1),
                          Message(.playbookMissing))
            }
            return PlaybookSettings(title: "Playbook", source: SourceReference(path: path, line: 1))
        }
        guard let split = FrontMatterSplitter.split(text) else {
            log.error(.unclosedFrontMatter, at: SourceLocation(path: path, line: 1),
                      Message(.frontMatterUnclosed))
            return PlaybookSettings(title: "Playbook", source: SourceReference(path: path, line: 1))
        }
        let source = SourceText(path: file.displayPath, text: text, bodyLineOffset: split.bodyLineOffset)
        let frontMatter = split.yaml.flatMap { FrontMatter(yaml: $0, source: source, log: &log) } ?? FrontMatter(source: source)
        for (key, location) in frontMatter.keys where !FrontMatterKeys.playbook.contains(key) {
            let known = FrontMatterKeys.playbook.sorted()
            log.warning(.unknownField, at: location, NearestName.nearest(to: key, among: known).map {
                Message(.playbookUnknownFieldDidYouMean, key, $0)
            } ?? Message(.playbookUnknownField, key, known.joined(separator: ", ")))
        }
        var locale = PlaybookLocale.zhHans
        if let tag = frontMatter.string("locale", log: &log) {
            if let parsed = PlaybookLocale(tag: tag) {
                locale = parsed
            } else {
                log.error(.invalidField, at: frontMatter.location(ofKey: "locale"),
                          Message(.localeUnsupported, tag))
            }
        }
        let unsafeHTML = frontMatter.bool("unsafeHTML", log: &log) ?? false
        let options = HTMLRenderOptions(unsafe: unsafeHTML)
        let markdown = MarkdownDocument(split.body)
        let body = DocumentBody(markdown)
        var context = DocumentContext(source: source, type: .`self`, documentID: "playbook", options: options)
        ContentScanner.scan(markdown.rootNode, context: &context)
        log.append(contentsOf: context.log)

        let blocks = markdown.rootNode.children.filter { !($0.kind == .heading && $0.headingLevel == 1) }
        var title = frontMatter.string("title", log: &log) ?? body.headingTitle
        if title == nil {
            log.error(.missingField, at: source.start, Message(.playbookTitleMissing))
            title = "Playbook"
        }
        var drill = DrillSettings()
        if let n = frontMatter.int("newPerSession", log: &log) {
            if n >= 0 { drill.newPerSession = n } else {
                log.error(.invalidField, at: frontMatter.location(ofKey: "newPerSession"), Message(.newPerSessionNegative))
            }
        }
        if let retention = frontMatter.double("desiredRetention", log: &log) {
            if (0.7...0.99).contains(retention) { drill.desiredRetention = retention } else {
                log.error(.invalidField, at: frontMatter.location(ofKey: "desiredRetention"),
                          Message(.desiredRetentionRange))
            }
        }
        if let steps = durations("learningSteps", frontMatter, &log) { drill.learningSteps = steps }
        if let steps = durations("relearningSteps", frontMatter, &log) { drill.relearningSteps = steps }
        var settings = PlaybookSettings(
            title: title!, locale: locale, introduction: MarkdownNode.plainText(of: blocks),
            introductionHtml: blocks.map { $0.html(options) }.joined(), unsafeHTML: unsafeHTML,
            reviewEvery: frontMatter.reviewInterval("reviewEvery", log: &log), drill: drill,
            source: SourceReference(path: path, line: 1))
        settings.synonyms = SynonymSettingReader.groups(frontMatter, log: &log)
        if let hub = frontMatter.string("hub", log: &log) {
            if let address = HubAddress.parse(hub) { settings.hub = address.absoluteString } else {
                log.error(.invalidField, at: frontMatter.location(ofKey: "hub"), Message(.hubAddressInvalid, hub))
            }
        }
        return settings
    }

    /// `[1m, 10m]`, `[30s, 1h]` or plain seconds.
    private static func durations(_ key: String, _ frontMatter: FrontMatter, _ log: inout DiagnosticLog) -> [Int]? {
        guard frontMatter.has(key) else { return nil }
        var result: [Int] = []
        for (value, location) in frontMatter.strings(key, log: &log) {
            switch duration(value) {
            case .valid(let seconds)?:
                result.append(seconds)
            case .outOfRange?:
                log.error(.invalidField, at: location,
                          Message(.stepOutOfRange, value, key, "\(maximumStepDays)", "\(maximumStepDays * 24)", "\(maximumStepDays * 1440)"))
                return nil
            case nil:
                log.error(.invalidField, at: location, Message(.stepNotDuration, value, key))
                return nil
            }
        }
        return result
    }

    /// The longest learning or relearning step.
    static let maximumStepDays = 365

    /// A duration read: its seconds, or out of range (over ``maximumStepDays``, or a number too
    /// large to read), or nil when it is not a duration.
    enum Duration: Equatable { case valid(Int), outOfRange }

    static func duration(_ text: String) -> Duration? {
        let t = text.trimmingWhitespace().lowercased()
        func isDigits(_ s: Substring) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        func within(_ count: Substring, _ unitSeconds: Int) -> Duration? {
            guard let n = Int(count) else { return isDigits(count) ? .outOfRange : nil }  // too many digits
            guard n > 0 else { return nil }
            let (seconds, overflow) = n.multipliedReportingOverflow(by: unitSeconds)
            return overflow || seconds > maximumStepDays * 86_400 ? .outOfRange : .valid(seconds)
        }
        if Int(t) != nil || isDigits(Substring(t)) { return within(Substring(t), 1) }
        switch t.last {
        case "s"?: return within(t.dropLast(), 1)
        case "m"?: return within(t.dropLast(), 60)
        case "h"?: return within(t.dropLast(), 3600)
        case "d"?: return within(t.dropLast(), 86_400)
        default: return nil
        }
    }
}
