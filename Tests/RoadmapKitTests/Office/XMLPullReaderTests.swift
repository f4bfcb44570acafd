import Testing

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

@Suite struct XMLPullReaderTests {
    static func events(_ xml: String) throws -> [XMLPullReader.Event] {
        var reader = try XMLPullReader(Array(xml.utf8))
        var events: [XMLPullReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    static func failure(_ xml: String) -> XMLPullReader.Failure? {
        do {
            _ = try events(xml)
            return nil
        } catch let error as XMLPullReader.Failure {
            return error
        } catch {
            return nil
        }
    }

    @Test func elementsAttributesAndNamespaces() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="urn:w" xmlns="urn:default"><w:p w:val='1' plain="x"/><t>a</t></w:document>
            """
        let events = try Self.events(xml)
        let document = XMLPullReader.Name(prefix: "w", local: "document", namespace: "urn:w")
        let p = XMLPullReader.Name(prefix: "w", local: "p", namespace: "urn:w")
        let t = XMLPullReader.Name(prefix: "", local: "t", namespace: "urn:default")
        guard case .start(let name, let attributes) = events[0] else {
            Issue.record("expected a start event")
            return
        }
        #expect(name == document)
        #expect(attributes.map(\.name.local) == ["w", "xmlns"])
        #expect(
            events[1]
                == .start(
                    p,
                    [
                        .init(name: .init(prefix: "w", local: "val", namespace: "urn:w"), value: "1"),
                        .init(name: .init(prefix: "", local: "plain", namespace: ""), value: "x"),
                    ]))
        #expect(events[2] == .end(p))
        #expect(events[3] == .start(t, []))
        #expect(events[4] == .text("a"))
        #expect(events[5] == .end(t))
        #expect(events[6] == .end(document))
        #expect(events.count == 7)
    }

    @Test(arguments: [
        ("<a>&lt;&gt;&amp;&quot;&apos;</a>", "<>&\"'"),
        ("<a>&#1064;&#x43A;&#X43E;</a>", "Шко"),
        ("<a><![CDATA[<b>&amp;</b>]]></a>", "<b>&amp;</b>"),
        ("<a>x<!-- comment <b> -->y<?pi skip?>z</a>", "xyz"),
        ("<a>«Школа №1»</a>", "«Школа №1»"),
    ])
    func textAndReferences(xml: String, expected: String) throws {
        var reader = try XMLPullReader(Array(xml.utf8))
        _ = try reader.next()
        #expect(try reader.readElementText() == expected)
    }

    @Test func doctypeIsRefusedByConstruction() {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>
            """
        let failure = Self.failure(xml)
        #expect(failure?.offset == 21)
        #expect(failure?.message.en.contains("DOCTYPE") == true)
    }

    @Test(arguments: [
        ("<a>&x;</a>", 3, "unknown reference"),
        ("<a><b></a>", 6, "</a> closes <b>"),
        ("<a>", 3, "ends inside <a>"),
        ("<a b=c/>", 5, "must be quoted"),
        ("</a>", 0, "end tag without a start tag"),
        ("<a><!-- x </a>", 3, "unterminated comment"),
    ])
    func malformedXMLNamesTheOffset(xml: String, offset: Int, message: String) {
        let failure = Self.failure(xml)
        #expect(failure?.offset == offset)
        #expect(failure?.message.en.contains(message) == true, "\(String(describing: failure))")
    }

    @Test func depthIsLimited() throws {
        let xml = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
        var reader = try XMLPullReader(Array(xml.utf8), limits: .init(maxDepth: 5))
        #expect(throws: XMLPullReader.Failure.self) {
            while try reader.next() != nil {}
        }
    }

    @Test func sizeIsLimited() {
        #expect(throws: XMLPullReader.Failure.self) {
            try XMLPullReader(Array("<a>0123456789</a>".utf8), limits: .init(maxBytes: 10))
        }
    }
}
