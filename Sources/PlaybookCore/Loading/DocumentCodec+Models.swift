/// The six document types in the parse cache's binary form (see ``DocumentCodec``).
extension DocumentCodec {
    static func write(_ p: Product, to w: inout BinaryWriter) {
        write(p.info, to: &w)
        w.write(p.category); w.write(p.competitors); w.write(p.summary); w.write(p.summaryHtml)
        w.write(p.facts) { w, fact in write(fact, to: &w) }
        for list in [p.sellingPoints, p.buyerValues, p.audience] { w.write(list) { w, item in write(item, to: &w) } }
        w.write(p.marketPosition) { w, fact in write(fact, to: &w) }
        w.write(p.knowledge); w.write(p.knowledgeHtml)
        write(p.comparison, to: &w)
        w.write(p.talkTracks) { w, item in write(item, to: &w) }
        write(p.quiz, to: &w)
        w.write(p.sections) { w, section in write(section, to: &w) }
    }

    static func product(_ r: inout BinaryReader) throws(Damaged) -> Product {
        var p = Product(info: try info(&r))
        p.category = try r.optionalString(); p.competitors = try r.strings()
        p.summary = try r.string(); p.summaryHtml = try r.string()
        p.facts = try facts(&r)
        p.sellingPoints = try items(&r); p.buyerValues = try items(&r); p.audience = try items(&r)
        p.marketPosition = try facts(&r)
        p.knowledge = try r.string(); p.knowledgeHtml = try r.string()
        p.comparison = try comparison(&r)
        p.talkTracks = try items(&r)
        p.quiz = try quiz(&r)
        p.sections = try sections(&r)
        return p
    }

    static func write(_ c: Competitor, to w: inout BinaryWriter) {
        write(c.info, to: &w)
        w.write(c.aliases); w.write(c.summary); w.write(c.summaryHtml)
        for list in [c.strengths, c.weaknesses] { w.write(list) { w, item in write(item, to: &w) } }
        write(c.comparison, to: &w)
        write(c.howToWin, to: &w)
        write(c.quiz, to: &w)
        w.write(c.sections) { w, section in write(section, to: &w) }
    }

    static func competitor(_ r: inout BinaryReader) throws(Damaged) -> Competitor {
        var c = Competitor(info: try info(&r), aliases: try r.strings())
        c.summary = try r.string(); c.summaryHtml = try r.string()
        c.strengths = try items(&r); c.weaknesses = try items(&r)
        c.comparison = try comparison(&r)
        c.howToWin = try richSection(&r)
        c.quiz = try quiz(&r)
        c.sections = try sections(&r)
        return c
    }

    static func write(_ s: ObjectionSet, to w: inout BinaryWriter) {
        write(s.info, to: &w)
        w.write(s.category); w.write(s.products); w.write(s.competitors); w.write(s.summary); w.write(s.summaryHtml)
        w.write(s.objections) { w, o in
            w.write(o.id); w.write(o.fileID); w.write(o.title); w.write(o.category); w.write(o.tags)
            w.write(o.products); w.write(o.competitors); w.write(o.customerSays); w.write(o.context)
            w.write(o.contextHtml); w.write(o.response); w.write(o.responseHtml); w.write(o.keyPoints)
            w.write(o.avoid); w.write(o.followUps); write(o.source, to: &w)
        }
        write(s.quiz, to: &w)
    }

    static func objectionSet(_ r: inout BinaryReader) throws(Damaged) -> ObjectionSet {
        var s = ObjectionSet(info: try info(&r))
        s.category = try r.optionalString(); s.products = try r.strings(); s.competitors = try r.strings()
        s.summary = try r.string(); s.summaryHtml = try r.string()
        s.objections = try r.array { (r: inout BinaryReader) throws(Damaged) -> Objection in
            let id = try r.string(), fileID = try r.string(), title = try r.string()
            var o = Objection(id: id, fileID: fileID, title: title, source: SourceReference(path: "", line: 0))
            o.category = try r.optionalString(); o.tags = try r.strings(); o.products = try r.strings()
            o.competitors = try r.strings(); o.customerSays = try r.string(); o.context = try r.string()
            o.contextHtml = try r.string(); o.response = try r.string(); o.responseHtml = try r.string()
            o.keyPoints = try r.strings(); o.avoid = try r.strings(); o.followUps = try r.strings()
            o.source = try reference(&r)
            return o
        }
        s.quiz = try quiz(&r)
        return s
    }

    static func write(_ a: SelfAnalysis, to w: inout BinaryWriter) {
        write(a.info, to: &w)
        w.write(a.summary); w.write(a.summaryHtml)
        w.write(a.styles) { w, style in
            w.write(style.id); w.write(style.name); w.write(style.summary)
            w.write(style.facts) { w, fact in write(fact, to: &w) }
            w.write(style.line)
        }
        for list in [a.strengths, a.weaknesses] { w.write(list) { w, item in write(item, to: &w) } }
        write(a.quiz, to: &w)
        w.write(a.sections) { w, section in write(section, to: &w) }
    }

    static func selfAnalysis(_ r: inout BinaryReader) throws(Damaged) -> SelfAnalysis {
        var a = SelfAnalysis(info: try info(&r))
        a.summary = try r.string(); a.summaryHtml = try r.string()
        a.styles = try r.array { (r: inout BinaryReader) throws(Damaged) in
            SalesStyle(id: try r.string(), name: try r.string(), summary: try r.string(), facts: try facts(&r), line: try r.int())
        }
        a.strengths = try items(&r); a.weaknesses = try items(&r)
        a.quiz = try quiz(&r)
        a.sections = try sections(&r)
        return a
    }

    static func write(_ s: Segment, to w: inout BinaryWriter) {
        write(s.info, to: &w)
        w.write(s.products); w.write(s.summary); w.write(s.summaryHtml)
        for section in [s.profile, s.needs, s.decisionMakers, s.approach] { write(section, to: &w) }
        write(s.quiz, to: &w)
        w.write(s.sections) { w, section in write(section, to: &w) }
    }

    static func segment(_ r: inout BinaryReader) throws(Damaged) -> Segment {
        var s = Segment(info: try info(&r))
        s.products = try r.strings(); s.summary = try r.string(); s.summaryHtml = try r.string()
        s.profile = try richSection(&r); s.needs = try richSection(&r)
        s.decisionMakers = try richSection(&r); s.approach = try richSection(&r)
        s.quiz = try quiz(&r)
        s.sections = try sections(&r)
        return s
    }

    static func write(_ c: CaseStudy, to w: inout BinaryWriter) {
        write(c.info, to: &w)
        w.write(c.products); w.write(c.segments); w.write(c.summary); w.write(c.summaryHtml)
        for section in [c.background, c.approach, c.result] { write(section, to: &w) }
        write(c.quiz, to: &w)
        w.write(c.sections) { w, section in write(section, to: &w) }
    }

    static func caseStudy(_ r: inout BinaryReader) throws(Damaged) -> CaseStudy {
        var c = CaseStudy(info: try info(&r))
        c.products = try r.strings(); c.segments = try r.strings()
        c.summary = try r.string(); c.summaryHtml = try r.string()
        c.background = try richSection(&r); c.approach = try richSection(&r); c.result = try richSection(&r)
        c.quiz = try quiz(&r)
        c.sections = try sections(&r)
        return c
    }
}
