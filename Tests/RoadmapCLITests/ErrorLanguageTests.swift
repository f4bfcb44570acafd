import Foundation
import RoadmapKit
import Testing

@testable import RoadmapCLI

/// Errors that are not usage errors, in the user's language: `ошибка: …` in Russian (the
/// default), `error: …` with `--lang en`, and no Russian-only or English-only text.
@Suite struct ErrorLanguageTests {
    static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// A workspace copy with files that make each command fail.
    static func scratch() throws -> URL {
        let dir = try CapturedRun.temporaryDirectory()
        try FileManager.default.copyItem(
            at: CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023"),
            to: dir.appendingPathComponent("ws"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try Data("a,b\n1,2\n".utf8).write(to: dir.appendingPathComponent("p.csv"))
        try Data("plain words\n".utf8).write(to: dir.appendingPathComponent("doc.txt"))
        try Data([0xFF, 0xFE, 0x61, 0x00]).write(to: dir.appendingPathComponent("u.csv"))
        return dir
    }

    @Test(arguments: [
        (["validate", "empty"], "это не рабочая область", "not a workspace"),
        (["compliance", "empty", "--as-of", "2023-06-30"], "(создайте её: roadmap init)", "(create one with `roadmap init`)"),
        (["progress", "import", "p.csv", "--workspace", "ws"], "нет столбца «мероприятие»", "no activity column"),
        (["import", "doc.txt", "--workspace", "ws", "--region"], "чтобы заменить, добавьте --replace", "add --replace"),
        (["units", "import", "u.csv", "--workspace", "ws"], "файл в кодировке UTF-16", "the file is UTF-16"),
    ])
    func failureSpeaksTheChosenLanguage(arguments: [String], ru: String, en: String) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let russian = CapturedRun.run(arguments, in: dir)
        #expect(russian.code == ExitCode.failure)
        #expect(russian.err.hasPrefix("ошибка: "), "\(russian.err)")
        #expect(russian.err.contains(ru), "\(russian.err)")
        #expect(!russian.err.contains("error:"))
        let english = CapturedRun.run(arguments + ["--lang", "en"], in: dir, language: .ru)
        #expect(english.code == ExitCode.failure)
        #expect(english.err.hasPrefix("error: "), "\(english.err)")
        #expect(english.err.contains(en), "\(english.err)")
        #expect(!Self.hasCyrillic(english.err), "\(english.err)")
    }

    /// One value of every library error type a user can meet, with ASCII-only inputs: the Russian
    /// message has Cyrillic, the English one none.
    static let errors: [any BilingualError] = [
        WorkspaceError.notAWorkspace(path: "w"), WorkspaceError.unreadable(path: "f", reason: "EACCES"),
        WorkspaceError.schemaTooNew(path: "f", found: 3, supported: 1), WorkspaceError.writeFailed(path: "f", reason: "x"),
        WorkspaceError.unsafeID("../x"), WorkspaceError.alreadyExists(path: "f"),
        TextEncodingError.utf16(fileName: "f"), TextEncodingError.binary(fileName: "f"),
        TextEncodingError.mixed(fileName: "f", utf8Line: 1, windows1251Line: 2),
        CSVError.empty(fileName: "f"), CSVError.unterminatedQuote(fileName: "f", line: 2),
        ImportError.empty(fileName: "f"), CascadeError.noRegionalPlan, CascadeError.unknownMunicipality("m"),
        CascadeError.unknownSchool("s", municipality: "m"), CascadeError.unknownActivity(school: "s", activity: "1"),
        ZipReadError.notZip(file: "f"), ZipReadError.zip64(file: "f"), ZipReadError.missingEntry(file: "f", entry: "e"),
        ZipReadError.unsupportedMethod(file: "f", entry: "e", method: 9),
        ZipReadError.checksum(file: "f", entry: "e", expected: 1, found: 2),
        DocxReadError.missingPart(file: "f", part: "word/document.xml"), DocxReadError.archive(.notZip(file: "f")),
        XlsxReadError.missingPart(file: "f", part: "p"), XlsxReadError.noSheets(file: "f"),
        XlsxReadError.unknownSheet(file: "f", name: "x", sheets: ["a"]),
        UnknownUnit(kind: .municipality, id: "m", known: []), UnknownUnit(kind: .school, id: "s", known: []),
        Workspace.AmendError.noRoadmap("r"), Workspace.AmendError.unknownActivity("r"), Workspace.AmendError.emptyReason,
        Workspace.AmendError.emptySchedule, SkeletonRun.Failure.unsafeID("x"),
        SkeletonRun.Failure.unreadableTarget(path: "p", reason: "r"), ProgressFormRun.Failure.unknownMunicipality("m"),
        ProgressFormRun.Failure.noRoadmap(school: "s", municipality: "m"), ProgressFormRun.Failure.exists(["a"]),
        LinkSuggester.LinkError.malformed("x"), LinkSuggester.LinkError.unknownTarget("x"),
        StatusFileError.unreadable(path: "p", reason: "r"), StatusFileError.badHeader(path: "p", found: "x"),
        ZipWriter.Failure.tooLarge, ZipWriter.Failure.badName("x"), ZipWriteError.archive(.tooLarge),
        ProgressImporter.FileError.missingColumn(file: "f", column: .status, expected: ProgressColumn.status.headerNames),
        SchoolListImport.Failure.sheetWithoutWorkbook,
    ]

    @Test func everyLibraryErrorHasBothLanguages() {
        for error in Self.errors {
            let message = error.message
            #expect(Self.hasCyrillic(message.ru), "no Russian: \(message.ru)")
            // The English form may quote a header the user's file must have («статус»); none here.
            if case ProgressImporter.FileError.missingColumn = error {
                #expect(message.en.hasPrefix("f: no status column"))
            } else {
                #expect(!Self.hasCyrillic(message.en), "Russian in English: \(message.en)")
            }
            #expect(RoadmapCLI.describe(error, .ru).hasPrefix("ошибка: "))
            #expect(RoadmapCLI.describe(error, .en).hasPrefix("error: "))
        }
    }

    /// The library describes the problem; the CLI names its commands and flags.
    @Test func libraryMessagesNameNoFlagsAndTheCLIAddsTheHint() {
        let cases: [(any BilingualError, String)] = [
            (WorkspaceError.notAWorkspace(path: "w"), "roadmap init"), (ImportError.noPeriod(fileName: "f"), "--period"),
        ]
        for (error, hint) in cases {
            #expect(!error.message.ru.contains(hint) && !error.message.en.contains(hint))
            #expect(RoadmapCLI.describe(error, .ru).contains(hint))
            #expect(RoadmapCLI.describe(error, .en).contains(hint))
        }
    }

    /// A roadmap of a period that shares no day with the workspace's: the finding says what is
    /// wrong, and only the CLI's import line names `--carry-forward`.
    @Test func periodMismatchNamesNoFlagInTheLibrary() throws {
        let workspace = try #require(Period(parsing: "2023"))
        let roadmap = Roadmap(owner: .region, title: "t", period: try #require(Period(parsing: "2021")))
        let finding = try #require(PeriodMismatch.finding(roadmap, workspacePeriod: workspace, file: "f"))
        #expect(finding.message.ru.hasSuffix("период сохранён как записан"))
        #expect(!finding.message.en.contains("--carry-forward"))
        #expect(PeriodMismatch.isDisjoint(roadmap.period, from: workspace))
        #expect(!PeriodMismatch.isDisjoint(workspace, from: workspace))
        #expect(!PeriodMismatch.isDisjoint(try #require(Period(parsing: "2022-2024")), from: workspace))
    }
}
