import Foundation
import Testing

@testable import RoadmapCLI
@testable import RoadmapCascade
@testable import RoadmapCompliance
@testable import RoadmapImport
@testable import RoadmapKit
@testable import RoadmapModel
@testable import RoadmapRender
@testable import RoadmapSchedule
@testable import RoadmapStorage
@testable import RoadmapSupport
@testable import RoadmapValidation

/// `--format xlsx` of the report commands and `roadmap progress form`, end to end.
@Suite struct XlsxCommandTests {
    static let kaliningrad = CapturedRun.repositoryRoot.appendingPathComponent("Examples/kaliningrad-2023").path

    /// A zip's local file header signature «PK\3\4».
    static func isZip(_ url: URL) -> Bool {
        (try? Data(contentsOf: url).prefix(4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    @Test(arguments: [["compliance"], ["deadlines"]])
    func xlsxWithoutAnOutputFileIsAUsageError(command: [String]) throws {
        for output in [[], ["--output", "-"]] {
            let result = CapturedRun.run(
                command + [Self.kaliningrad, "--as-of", "2023-06-30", "--format", "xlsx"] + output, in: CapturedRun.repositoryRoot)
            #expect(result.code == ExitCode.usage)
            #expect(result.err.contains("--format xlsx записывает двоичную книгу, нужен --output ФАЙЛ.xlsx"))
            #expect(result.out.isEmpty)
        }
    }

    @Test func complianceWritesAWorkbook() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = CapturedRun.run(
            ["compliance", Self.kaliningrad, "--as-of", "2023-06-30", "--format", "xlsx", "--output", "report.xlsx"], in: directory)
        // Red units at 30.06 (Черняховский округ 27.5 %): exit 1, the report written all the same.
        #expect(result.code == ExitCode.failure)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("записано: report.xlsx"))
        #expect(Self.isZip(directory.appendingPathComponent("report.xlsx")))
    }

    @Test func deadlinesWritesAWorkbook() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = CapturedRun.run(
            ["deadlines", Self.kaliningrad, "--as-of", "2023-06-30", "--format", "xlsx", "--output", "d.xlsx"], in: directory)
        #expect(result.code == ExitCode.failure)
        #expect(Self.isZip(directory.appendingPathComponent("d.xlsx")))
    }

    @Test func skeletonWritesAWorkbookPerSchoolAndNeedsADirectory() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let args = ["skeleton", Self.kaliningrad, "--municipality", "neman", "--format", "xlsx"]
        let refused = CapturedRun.run(args, in: directory)
        #expect(refused.code == ExitCode.usage)
        #expect(refused.err.contains("--format xlsx записывает двоичные книги, нужен --output <DIR>"))
        let first = CapturedRun.run(args + ["--output", "out"], in: directory)
        #expect(first.code == ExitCode.success)
        // 23 activities; r29 (ГИА-11) is no longer owed by an ООШ but is kept: the school reported on it.
        #expect(first.out.contains("записано: out/neman-oosh-109.xlsx (мероприятий: 23; сохранены мероприятия школы: r29)"))
        #expect(Self.isZip(directory.appendingPathComponent("out/neman-sosh-108.xlsx")))
        // The same workbook again: the bytes are the same, so the file is left as it is.
        let second = CapturedRun.run(args + ["--output", "out"], in: directory)
        #expect(second.out.contains("без изменений: out/neman-oosh-109.xlsx (мероприятий: 23"))
    }

    @Test func progressFormWritesAFormPerSchoolAndNeverOverwritesOne() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let args = ["progress", "form", Self.kaliningrad, "--municipality", "guryevsk", "--output", "forms"]
        let first = CapturedRun.run(args, in: directory)
        #expect(first.code == ExitCode.success, "\(first.err)")
        #expect(
            first.out == """
                записано: forms/guryevsk-sosh-101.xlsx (строк к заполнению: 24)
                записано: forms/guryevsk-sosh-102.xlsx (строк к заполнению: 24)
                записано: forms/guryevsk-oosh-103.xlsx (строк к заполнению: 23)

                """)
        let form = directory.appendingPathComponent("forms/guryevsk-sosh-101.xlsx")
        #expect(Self.isZip(form))
        // A school filled its form: a second run refuses, names the file and leaves it as it is.
        try Data("заполнено школой".utf8).write(to: form)
        let second = CapturedRun.run(args, in: directory)
        #expect(second.code == ExitCode.failure)
        #expect(
            second.err
                == "ошибка: файлы уже есть и могут быть заполнены школой, ничего не записано: forms/guryevsk-sosh-101.xlsx, forms/guryevsk-sosh-102.xlsx, forms/guryevsk-oosh-103.xlsx; чтобы заменить их: --force\n"
        )
        #expect(try Data(contentsOf: form) == Data("заполнено школой".utf8))
        let forced = CapturedRun.run(args + ["--force"], in: directory)
        #expect(forced.code == ExitCode.success)
        #expect(Self.isZip(form))
    }

    @Test func progressFormForOneSchoolAsCSV() throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = CapturedRun.run(
            [
                "progress", "form", Self.kaliningrad, "--municipality", "guryevsk", "--school", "guryevsk-oosh-103", "--output", ".",
                "--format", "csv",
            ], in: directory)
        #expect(result.code == ExitCode.success)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["guryevsk-oosh-103.csv"])
        let data = try Data(contentsOf: directory.appendingPathComponent("guryevsk-oosh-103.csv"))
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "a byte-order mark for Excel")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == ProgressForm.header(.ru).joined(separator: ";"))
        #expect(lines.count == 24, "the header and 23 activities")
    }

    @Test(arguments: [
        (["--municipality", "guryevsk"], ExitCode.usage, "не указан параметр --output <DIR>"),
        (["--output", "x"], ExitCode.usage, "не указан параметр --municipality <ID>"),
        (["--municipality", "guryevks", "--output", "x"], ExitCode.usage, "возможно, вы имели в виду «guryevsk»"),
        (["--municipality", "guryevsk", "--school", "neman-sosh-108", "--output", "x"], ExitCode.failure, "школы «neman-sosh-108» нет"),
        (["--municipality", "guryevsk", "--output", "x", "--format", "ods"], ExitCode.usage, "--format: ожидается одно из: xlsx, csv"),
    ])
    func progressFormRefusals(extra: [String], code: Int32, message: String) throws {
        let directory = try CapturedRun.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = CapturedRun.run(["progress", "form", Self.kaliningrad] + extra, in: directory)
        #expect(result.code == code)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "nothing written")
    }
}
