"""`claimcheck lsp` driven by a real LSP client over stdio (pytest-lsp): diagnostics on open,
change and save at the CLI's positions, code actions (rewrite, inline suppression, disable
in the configuration file) that make the diagnostics update, and hover with explain."""

from __future__ import annotations

import ast
import asyncio
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from click.testing import CliRunner  # noqa: E402
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

from checker.cli import main  # noqa: E402

pytestmark = [pytest.mark.slow,  # the server process loads the spaCy model
              pytest.mark.asyncio(loop_scope="module")]  # one server for the module, one event loop

DRAFT = ("# Notes on the chatbot boom\n\n"
         "ChatGPT was released by Google in 2022. It quickly became the fastest-growing consumer app.\n\n"
         "Stable Diffusion is a large language model that turns prompts into images. Café owners 🤖 agree\n"
         "that LLMs are always accurate.\n")
HTML = ("<html><body><h1>Models</h1>\n<p>Back then, <em>GANs</em> were invented by Google in 2017.</p>\n"
        "<p>We think so. LLMs are always accurate.</p>\n</body></html>\n")
TEXT = "A short note\n\nBERT was released by OpenAI in 2018, they say. 🤖 LLMs are always accurate.\n"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "checker.cli", "lsp"]),
                    scope="module")
async def client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("workspace")
    lsp_client.root = root
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=root.as_uri(),
        initialization_options={"debounce": 0.05}))
    yield
    await lsp_client.shutdown_session()


async def diagnostics_after(client: LanguageClient, send) -> list[types.Diagnostic]:
    """Send a notification and wait for the diagnostics it causes."""
    waiting = asyncio.ensure_future(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS))
    await asyncio.sleep(0)
    send()
    params = await asyncio.wait_for(waiting, 60)
    return list(params.diagnostics)


def open_doc(client: LanguageClient, name: str, text: str, language: str):
    path = client.root / name
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    return uri, lambda: client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))


def change(client: LanguageClient, uri: str, version: int, text: str):
    return lambda: client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def cli_findings(path: Path) -> list[dict]:
    out = CliRunner().invoke(main, ["--format", "json", str(path)]).stdout
    return json.loads(out)["files"][0]["findings"]


def utf16(line: str, column: int) -> int:
    """A 1-based code-point column as a 0-based UTF-16 character offset."""
    return len(line[:column - 1].encode("utf-16-le")) // 2


def as_cli(diagnostic: types.Diagnostic, text: str) -> dict:
    lines = text.split("\n")
    return {"fact": diagnostic.code, "severity": {1: "error", 2: "warning", 3: "info"}[diagnostic.severity],
            "range": (diagnostic.range.start.line, diagnostic.range.start.character,
                      diagnostic.range.end.line, diagnostic.range.end.character)} if lines else {}


def expected(findings: list[dict], text: str) -> list[dict]:
    lines = text.split("\n")
    return [{"fact": f["fact"], "severity": f["severity"],
             "range": (f["line"] - 1, utf16(lines[f["line"] - 1], f["column"]),
                       f["end_line"] - 1, utf16(lines[f["end_line"] - 1], f["end_column"]))} for f in findings]


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions) to text, last first."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        before = sum(len(l) + 1 for l in lines[:p.line])
        line, units, i = lines[p.line], 0, 0
        while units < p.character:
            units += len(line[i].encode("utf-16-le")) // 2
            i += 1
        return before + i

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(e.range.start)] + e.new_text + text[offset(e.range.end):]
    return text


@pytest.mark.parametrize("name, text, language", [("post.md", DRAFT, "markdown"), ("page.html", HTML, "html"),
                                                  ("note.txt", TEXT, "plaintext")])
async def test_diagnostics_on_open_are_the_cli_findings(client: LanguageClient, name, text, language) -> None:
    uri, send = open_doc(client, name, text, language)
    diagnostics = await diagnostics_after(client, send)
    cli = cli_findings(client.root / name)
    assert cli, "the comparison needs findings"
    assert [as_cli(d, text) for d in diagnostics] == expected(cli, text)
    for d, f in zip(diagnostics, cli):
        assert d.source == "claimcheck" and d.message.startswith(f["message"])
        assert d.code_description.href.endswith(f"id%3A%20{f['fact']}")


async def test_code_actions_hover_and_updates(client: LanguageClient) -> None:
    uri, send = open_doc(client, "draft.md", DRAFT, "markdown")
    diagnostics = await diagnostics_after(client, send)
    assert [d.code for d in diagnostics] == ["P6", "T4", "L1"]
    text, version = DRAFT, 1

    # hover on the first finding shows the message and `claimcheck explain P6`
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=diagnostics[0].range.start))
    assert hover.contents.value.startswith("**P6** (error): ChatGPT was released by OpenAI")
    assert "# P6: " in hover.contents.value and "## References" in hover.contents.value

    async def actions_for(diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        return await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic])))

    # 1. apply the rewrite: P6 is gone after the (debounced) re-check
    actions = await actions_for(diagnostics[0])
    assert [a.title for a in actions] == ["Rewrite: ChatGPT was released by OpenAI in 2022.",
                                          "Suppress P6 on this line (inline comment)",
                                          "Disable P6 in a new .claimcheck.yaml"]
    text = apply(text, actions[0].edit.changes[uri])
    assert "ChatGPT was released by OpenAI in 2022. It quickly" in text
    version += 1
    diagnostics = await diagnostics_after(client, change(client, uri, version, text))
    assert [d.code for d in diagnostics] == ["T4", "L1"]

    # 2. an inline suppression for the line: T4 is gone, L1 (next line) stays
    actions = await actions_for(diagnostics[0])
    suppress = next(a for a in actions if a.title.startswith("Suppress T4"))
    text = apply(text, suppress.edit.changes[uri])
    assert "<!-- claimcheck-disable-next-line T4 -->\nStable Diffusion" in text
    version += 1
    diagnostics = await diagnostics_after(client, change(client, uri, version, text))
    assert [d.code for d in diagnostics] == ["L1"]

    # 3. disable L1 in the nearest configuration file (created in the workspace root)
    actions = await actions_for(diagnostics[0])
    disable = next(a for a in actions if a.title.startswith("Disable L1"))
    # lsprotocol structures a CodeAction that carries only a command as a Command whose
    # 'command' is the text of the nested object; the wire JSON is a proper CodeAction
    command = disable.command if isinstance(disable, types.CodeAction) else disable
    if isinstance(command, types.Command) and command.command.startswith("{"):
        nested = ast.literal_eval(command.command)
        command = types.Command(title=nested["title"], command=nested["command"], arguments=nested["arguments"])
    assert isinstance(disable, types.CodeAction) or disable.title == "Disable L1 in a new .claimcheck.yaml"
    client.diagnostics[uri] = None
    written = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=command.command, arguments=command.arguments))
    assert Path(written) == client.root / ".claimcheck.yaml"
    assert (client.root / ".claimcheck.yaml").read_text(encoding="utf-8") == "ignore: [L1]\n"
    # the server checks every open document again before it answers (the client's record
    # of the latest diagnostics per document is updated in order)
    assert list(client.diagnostics[uri]) == []

    # saving re-checks at once, closing clears
    diagnostics = await diagnostics_after(client, lambda: client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))))
    assert diagnostics == []
    assert await diagnostics_after(client, lambda: client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))) == []
    (client.root / ".claimcheck.yaml").unlink()


async def test_a_broken_configuration_file_is_one_message(client: LanguageClient) -> None:
    folder = client.root / "broken"
    folder.mkdir()
    (folder / ".claimcheck.yaml").write_text("fail_on: sometimes\n", encoding="utf-8")
    path = folder / "post.md"
    path.write_text(DRAFT, encoding="utf-8")
    waiting = asyncio.ensure_future(client.wait_for_notification(types.WINDOW_SHOW_MESSAGE))
    await asyncio.sleep(0)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=DRAFT)))
    message = await asyncio.wait_for(waiting, 60)
    assert message.type == types.MessageType.Error
    assert message.message == (f"claimcheck: {folder / '.claimcheck.yaml'}: fail_on: must be one of error, "
                               "warning, info, never, not 'sometimes'")
