/// The executor phrases of the 500+ programme as regions write them, by the role they stand for.
///
/// Gathered from the regional plans and municipal roadmaps in the seeds (Kaliningrad, Stavropol,
/// Krasnodar and an unnamed municipality) and the programme's common wordings: the regional
/// institute («ИРО», «институт развития образования», КОИРО-style abbreviations), ЦНППМ, curators,
/// the municipal methodological service, municipal coordinators, ОМСУ, МОУО, school heads. A
/// region's own institutions are added in `workspace.json` → `rules.executors`.
package enum ExecutorVocabulary {
    /// Phrases every region's workspace starts with.
    package static let programme: [ExecutorRule] = schools + municipalities + regionWide + institutions

    static let schools: [ExecutorRule] = [
        ExecutorRule(phrase: "Руководители школ", role: .school),
        ExecutorRule(phrase: "Руководитель школы", role: .school),
        ExecutorRule(phrase: "Руководители ОО", role: .school),
        ExecutorRule(phrase: "Руководитель ОО", role: .school),
        ExecutorRule(phrase: "Руководители общеобразовательных организаций", role: .school),
        ExecutorRule(phrase: "Руководители общеобразовательных учреждений", role: .school),
        ExecutorRule(phrase: "Директора школ", role: .school),
        ExecutorRule(phrase: "Заместители директоров", role: .school, schoolRole: "Заместитель директора"),
        ExecutorRule(phrase: "Учителя школ", role: .school),
        ExecutorRule(phrase: "Школы участники проекта", role: .school),
        ExecutorRule(phrase: "Школьные команды", role: .school),
        ExecutorRule(phrase: "Общеобразовательные организации", role: .school),
        ExecutorRule(phrase: "ОО", role: .school),
    ]

    static let municipalities: [ExecutorRule] = [
        ExecutorRule(phrase: "Муниципальные координаторы", role: .municipality),
        ExecutorRule(phrase: "Муниципальный координатор", role: .municipality),
        ExecutorRule(phrase: "МОУО", role: .municipality),
        ExecutorRule(phrase: "Руководители МОУ", role: .municipality),
        ExecutorRule(phrase: "Отдел образования", role: .municipality),
        ExecutorRule(phrase: "Управление образования", role: .municipality),
        ExecutorRule(phrase: "Комитет по образованию", role: .municipality),
        ExecutorRule(phrase: "Муниципальные органы управления образованием", role: .municipality),
        ExecutorRule(phrase: "Муниципальный орган управления образованием", role: .municipality),
        // One executor with a comma inside: the phrase's words match across it.
        ExecutorRule(
            phrase: "Органы местного самоуправления, осуществляющие управление в сфере образования", role: .municipality
        ),
        ExecutorRule(phrase: "Органы местного самоуправления", role: .municipality),
        ExecutorRule(phrase: "ОМСУ", role: .municipality),
        ExecutorRule(phrase: "Муниципальная методическая служба", role: .municipality),
        ExecutorRule(phrase: "Муниципальные методические службы", role: .municipality),
        ExecutorRule(phrase: "ММС", role: .municipality),
    ]

    static let regionWide: [ExecutorRule] = [
        ExecutorRule(phrase: "Региональный координатор", role: .region),
        ExecutorRule(phrase: "Региональный оператор", role: .region),
        ExecutorRule(phrase: "Министерство образования", role: .region),
        ExecutorRule(phrase: "Институт развития образования", role: .region),
        ExecutorRule(phrase: "ИРО", role: .region, acronymPart: true),
        ExecutorRule(phrase: "Кафедра общего образования", role: .region),
        ExecutorRule(phrase: "Кафедра", role: .region),
        ExecutorRule(phrase: "Кураторы", role: .region, namePrefix: false),
        ExecutorRule(phrase: "Куратор", role: .region, namePrefix: false),
    ]

    static let institutions: [ExecutorRule] = [
        ExecutorRule(phrase: "ЦНППМ", role: .institution, acronymPart: true),
        ExecutorRule(phrase: "ЦППМ", role: .institution),
        ExecutorRule(phrase: "Детский технопарк «Кванториум»", role: .institution),
        ExecutorRule(phrase: "Детский технопарк", role: .institution),
    ]

    /// Kaliningrad's own institutions (order 28/1 of 13.01.2023), kept in the defaults that
    /// workspaces without `rules.executors` read.
    package static let kaliningradInstitutions: [ExecutorRule] = [
        ExecutorRule(phrase: "КОИРО", role: .region),
        ExecutorRule(phrase: "ОЦДиК", role: .institution),
        ExecutorRule(phrase: "ГБУ КО НОО «Центр развития одаренных детей»", role: .institution),
        ExecutorRule(phrase: "ГБУ КО НОО «Центр развития»", role: .institution),
        ExecutorRule(phrase: "ГБУ КО НОО", role: .institution),
        ExecutorRule(phrase: "ЦРОД", role: .institution),
    ]
}
