/// The questions printed on card fronts, in the playbook's language.
struct CardPrompts: Sendable {
    let locale: PlaybookLocale

    func sellingPoint(product: String, name: String) -> String {
        switch locale {
        case .zhHans: return "「\(product)」的卖点「\(name)」怎么讲？"
        case .zhHant: return "「\(product)」的賣點「\(name)」怎麼講？"
        case .en: return "\(product): how do you present the selling point “\(name)”?"
        }
    }

    func buyerValue(product: String, name: String) -> String {
        switch locale {
        case .zhHans: return "「\(product)」能给客户带来「\(name)」，具体是什么？"
        case .zhHant: return "「\(product)」能給客戶帶來「\(name)」，具體是什麼？"
        case .en: return "\(product): what does “\(name)” mean for the customer?"
        }
    }

    func comparison(subject: String, dimension: String, competitor: String?) -> String {
        switch (locale, competitor) {
        case (.zhHans, let c?): return "「\(subject)」在「\(dimension)」上与\(c)相比，我行怎么讲？"
        case (.zhHans, nil): return "「\(subject)」在「\(dimension)」上，我行的优势怎么讲？"
        case (.zhHant, let c?): return "「\(subject)」在「\(dimension)」上與\(c)相比，我行怎麼講？"
        case (.zhHant, nil): return "「\(subject)」在「\(dimension)」上，我行的優勢怎麼講？"
        case (.en, let c?): return "\(subject) — \(dimension): how do we compare with \(c)?"
        case (.en, nil): return "\(subject) — \(dimension): what is our position?"
        }
    }

    func strength(_ name: String) -> String {
        switch locale {
        case .zhHans: return "我行优势「\(name)」给客户带来什么好处？"
        case .zhHant: return "我行優勢「\(name)」給客戶帶來什麼好處？"
        case .en: return "Our strength “\(name)”: what does it give the customer?"
        }
    }

    func weakness(_ name: String) -> String {
        switch locale {
        case .zhHans: return "客户提到我行「\(name)」时，怎么回应？"
        case .zhHant: return "客戶提到我行「\(name)」時，怎麼回應？"
        case .en: return "A customer raises “\(name)”: how do you answer?"
        }
    }

    func style(_ name: String) -> String {
        switch locale {
        case .zhHans: return "「\(name)」销售风格有什么特点？靠什么成功？"
        case .zhHant: return "「\(name)」銷售風格有什麼特點？靠什麼成功？"
        case .en: return "The “\(name)” sales style: what marks it, and what makes it succeed?"
        }
    }

    var us: String {
        switch locale {
        case .zhHans, .zhHant: return "我行"
        case .en: return "Us"
        }
    }

    var verdict: String {
        switch locale {
        case .zhHans: return "结论"
        case .zhHant: return "結論"
        case .en: return "Verdict"
        }
    }
}
