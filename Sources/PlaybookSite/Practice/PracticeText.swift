import PlaybookCore

/// The practice page's own interface strings (`practice.*` keys), in the three locales.
///
/// Simplified Chinese and English are written here; Traditional Chinese is derived from the
/// Simplified strings with OpenCC (``TraditionalStrings``), as the site's and the drill's are.
/// `{name}` marks a value the page fills in. The strings the page shares with the terminal
/// drill (ratings, score, summary …) come from the drill's table (see ``PracticeStrings``).
enum PracticeText {
    static func strings(for locale: PlaybookLocale) -> [String: String] {
        switch locale {
        case .zhHans: return simplified
        case .en: return english
        case .zhHant: return traditional
        }
    }

    private static let traditional = TraditionalStrings.derive(from: simplified, taiwanQuotes: true)

    static let simplified: [String: String] = [
        "practice.title": "练习", "practice.noscript": "练习页需要 JavaScript：请在浏览器设置中允许脚本后重新打开本页。",
        "practice.language": "语言", "practice.mode": "模式", "practice.mode.flashcard": "闪卡", "practice.mode.type": "输入回答",
        "practice.mode.choice": "选择题", "practice.mode.exam": "考试", "practice.filters": "筛选",
        "practice.kind": "类型", "practice.category": "类别", "practice.product": "产品", "practice.competitor": "竞争对手",
        "practice.tag": "标签", "practice.all": "全部", "practice.start": "开始练习",
        "practice.plan": "{due} 张到期 · {new} 张新卡", "practice.examPlan": "{count} 张卡片 · 及格线 {pass}",
        "practice.noCards": "没有符合这些筛选条件的卡片。", "practice.unknownFilter": "本手册中没有：{values}",
        "practice.showAnswer": "显示答案", "practice.tapToReveal": "点击或按空格键显示答案", "practice.submit": "提交",
        "practice.typePlaceholder": "输入你的回答……", "practice.scoring": "正在评分……", "practice.loading": "正在加载……",
        "practice.loadFailed": "加载失败：{error}", "practice.stop": "结束", "practice.again": "再练一次",
        "practice.rateIt": "给自己评分", "practice.comesBack": "{rating} · {when}再出现",
        "practice.inMinutes": "{n} 分钟后", "practice.inHours": "{n} 小时后", "practice.inDays": "{n} 天后",
        "practice.inMonths": "{n} 个月后", "practice.inYears": "{n} 年后",
        "practice.keys": "空格显示答案 · 1–4 评分 · 回车提交", "practice.missedCards": "没答好的卡片",
        "practice.lacked": "缺少", "practice.openPage": "在手册中打开", "practice.examScore": "考试得分 {score}（及格线 {pass}）",
        "practice.storage": "本设备上的进度", "practice.stored": "已保存 {size}：{reviews} 次作答，{exams} 次考试",
        "practice.exportReminder": "请定期导出进度：浏览器可能在 7 天未访问后删除本站保存的数据。",
        "practice.lastExport": "上次导出：{date}", "practice.neverExported": "尚未导出过。", "practice.lastSynced": "上次同步：{date}",
        "practice.export": "导出进度", "practice.import": "导入进度",
        "practice.imported": "作答：新增 {added}，已存在 {duplicates}，拒收 {refused}。考试：新增 {examsAdded}，已存在 {examsDuplicates}，拒收 {examsRefused}。",
        "practice.importFailed": "未导入任何内容：{error}", "practice.lineRefused": "第 {line} 行：{error}",
        "practice.orphans": "有 {count} 次作答对应的卡片已不在本手册中（仍然保留）。",
        "practice.persisted": "浏览器会长期保留这些数据。", "practice.notPersisted": "浏览器可能会清除这些数据。",
        "practice.saveFailed": "保存失败：{error}", "practice.summary": "本次练习小结",
        "practice.hub.title": "与团队服务器同步", "practice.hub.server": "服务器：{address}",
        "practice.hub.tokenLabel": "访问令牌", "practice.hub.signIn": "登录并同步",
        "practice.hub.tokenHelp": "粘贴培训师发给你的访问令牌。令牌只保存在本浏览器中，退出后即删除。",
        "practice.hub.neverSynced": "尚未同步过。", "practice.hub.syncing": "正在同步……",
        "practice.hub.pending": "{n} 条记录等待同步", "practice.hub.allSynced": "全部记录已同步。",
        "practice.hub.syncNow": "立即同步", "practice.hub.signOut": "退出并删除令牌",
        "practice.hub.unauthorized": "服务器不接受这个令牌：令牌有误或已被撤销。请向培训师索取新令牌后重新登录。",
        "practice.hub.forbidden": "服务器显示此账号已停用，请联系培训师。",
        "practice.hub.tooLarge": "有一条记录超过服务器的大小限制，未能发送。",
        "practice.hub.unavailable": "服务器暂时无法保存记录，稍后会自动重试。记录仍保存在本设备上。",
        "practice.hub.offline": "连不上服务器，稍后会自动重试。记录仍保存在本设备上。",
        "practice.hub.failed": "服务器拒收了这些记录：{error}",
        "practice.hub.refused": "有 {n} 条记录被服务器拒收：{error}",
    ]

    static let english: [String: String] = [
        "practice.title": "Practice", "practice.noscript": "Practice needs JavaScript: allow scripts for this page in the browser and open it again.",
        "practice.language": "Language", "practice.mode": "Mode", "practice.mode.flashcard": "Flashcards", "practice.mode.type": "Type",
        "practice.mode.choice": "Choice", "practice.mode.exam": "Exam", "practice.filters": "Filters",
        "practice.kind": "Kind", "practice.category": "Category", "practice.product": "Product", "practice.competitor": "Competitor",
        "practice.tag": "Tag", "practice.all": "All", "practice.start": "Start",
        "practice.plan": "{due} due · {new} new", "practice.examPlan": "{count} cards · pass mark {pass}",
        "practice.noCards": "No cards match these filters.", "practice.unknownFilter": "Not in this playbook: {values}",
        "practice.showAnswer": "Show answer", "practice.tapToReveal": "Tap or press Space to show the answer", "practice.submit": "Submit",
        "practice.typePlaceholder": "Type your answer…", "practice.scoring": "Scoring…", "practice.loading": "Loading…",
        "practice.loadFailed": "Could not load: {error}", "practice.stop": "Stop", "practice.again": "Practise again",
        "practice.rateIt": "Rate it", "practice.comesBack": "{rating} · back {when}",
        "practice.inMinutes": "in {n} min", "practice.inHours": "in {n} h", "practice.inDays": "in {n} days",
        "practice.inMonths": "in {n} months", "practice.inYears": "in {n} years",
        "practice.keys": "Space reveals · 1–4 rate · Enter submits", "practice.missedCards": "Missed cards",
        "practice.lacked": "lacked", "practice.openPage": "Open in the playbook", "practice.examScore": "Exam score {score} (pass mark {pass})",
        "practice.storage": "Progress on this device", "practice.stored": "{size} stored: {reviews} answers, {exams} exams",
        "practice.exportReminder": "Export your progress now and then: a browser may delete a site's storage after 7 days without use.",
        "practice.lastExport": "Last export: {date}", "practice.neverExported": "Not exported yet.", "practice.lastSynced": "Last synced: {date}",
        "practice.export": "Export progress", "practice.import": "Import progress",
        "practice.imported": "Reviews: {added} added, {duplicates} already there, {refused} refused. Exams: {examsAdded} added, {examsDuplicates} already there, {examsRefused} refused.",
        "practice.importFailed": "Nothing imported: {error}", "practice.lineRefused": "line {line}: {error}",
        "practice.orphans": "{count} answers are for cards no longer in this playbook (kept).",
        "practice.persisted": "The browser keeps this storage.", "practice.notPersisted": "The browser may clear this storage.",
        "practice.saveFailed": "Could not save: {error}", "practice.summary": "Session summary",
        "practice.hub.title": "Sync with the team hub", "practice.hub.server": "Hub: {address}",
        "practice.hub.tokenLabel": "Access token", "practice.hub.signIn": "Sign in and sync",
        "practice.hub.tokenHelp": "Paste the access token your trainer gave you. It stays in this browser until you sign out.",
        "practice.hub.neverSynced": "Not synced yet.", "practice.hub.syncing": "Syncing…",
        "practice.hub.pending": "{n} waiting to sync", "practice.hub.allSynced": "Everything is synced.",
        "practice.hub.syncNow": "Sync now", "practice.hub.signOut": "Sign out and forget the token",
        "practice.hub.unauthorized": "The hub does not accept this token: it is wrong or was revoked. Ask your trainer for a new one and sign in again.",
        "practice.hub.forbidden": "The hub says this account is disabled: ask your trainer.",
        "practice.hub.tooLarge": "A record is over the hub's size limit and was not sent.",
        "practice.hub.unavailable": "The hub cannot store answers right now; it will be tried again shortly. Your answers stay on this device.",
        "practice.hub.offline": "Cannot reach the hub; it will be tried again shortly. Your answers stay on this device.",
        "practice.hub.failed": "The hub refused the answers: {error}",
        "practice.hub.refused": "{n} records were refused by the hub: {error}",
    ]
}
