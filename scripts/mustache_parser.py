"""swift-mustache's template parser, for the features the built-in theme uses (compile-theme.py).

Parses a template into nodes (text, var, raw, section, inverted, partial) with swift-mustache's rules
for standalone lines (Template+Parser.swift), so the compiled text has the same whitespace, and
refuses clearly, with FILE:LINE:COL, what the compiled theme does not handle.
"""
import re


class CompileError(Exception):
    pass


class Node:
    def __init__(self, kind, name=None, children=None, text=None, line=0, column=0):
        self.kind, self.name, self.children, self.text = kind, name, children, text
        self.line, self.column = line, column


NAME = re.compile(r"\s*([0-9A-Za-z.\-_?*()]*)\s*\}\}")


class TemplateParser:
    """swift-mustache's parser (Template+Parser.swift) for the features the theme uses,
    with its rules for standalone lines, so the compiled text has the same whitespace."""

    def __init__(self, text, file):
        self.text, self.file, self.pos = text, file, 0

    def where(self, pos):
        line = self.text.count("\n", 0, pos) + 1
        return line, pos - (self.text.rfind("\n", 0, pos) + 1) + 1

    def fail(self, pos, message):
        line, column = self.where(pos)
        raise CompileError(f"{self.file}:{line}:{column}: {message}")

    def at_end(self):
        return self.pos >= len(self.text)

    def line_finished(self):
        """hasLineFinished: at the end, or only spaces/tabs up to a newline (consumed)."""
        if self.at_end():
            return True
        probe = self.pos
        while probe < len(self.text) and self.text[probe] in " \t":
            probe += 1
        if probe < len(self.text) and self.text[probe] == "\n":
            self.pos = probe + 1
            return True
        return False

    def read_name(self, tag_start):
        match = NAME.match(self.text, self.pos)
        if not match:
            self.fail(tag_start, "unfinished tag")
        self.pos = match.end()
        name = match.group(1)
        if "(" in name or ")" in name:
            self.fail(tag_start, f"transforms ({name}) are not supported by the compiled theme")
        return name

    def parse(self, section=None, new_line=True, opened_at=0):
        nodes = []
        whitespace = ""
        while not self.at_end():
            if new_line:
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos] in " \t":
                    self.pos += 1
                whitespace = self.text[start:self.pos]
            # text up to a delimiter or a newline
            next_newline = self.text.find("\n", self.pos)
            next_tag = self.text.find("{{", self.pos)
            end = min(x for x in (next_newline, next_tag, len(self.text)) if x >= 0)
            text = self.text[self.pos:end]
            self.pos = end
            if end == next_newline and (next_tag < 0 or next_newline < next_tag):
                nodes.append(Node("text", text=whitespace + text + "\n"))
                self.pos += 1
                new_line = True
                continue
            if text:
                nodes.append(Node("text", text=whitespace + text))
                whitespace = ""
                new_line = False
            if self.at_end():
                break
            tag_start = self.pos
            self.pos += 2
            kind = self.text[self.pos] if not self.at_end() else ""
            set_new_line = False

            def standalone():
                return new_line and self.line_finished()

            if kind in "#^":
                self.pos += 1
                name = self.read_name(tag_start)
                if standalone():
                    set_new_line = True
                elif whitespace:
                    nodes.append(Node("text", text=whitespace))
                    whitespace = ""
                line, column = self.where(tag_start)
                children = self.parse(section=name, new_line=set_new_line, opened_at=tag_start)
                nodes.append(Node("section" if kind == "#" else "inverted", name, children, line=line, column=column))
            elif kind == "/":
                self.pos += 1
                name = self.read_name(tag_start)
                if name != section:
                    self.fail(tag_start, f"{{{{/{name}}}}} closes no open section")
                if standalone():
                    pass
                elif whitespace:
                    nodes.append(Node("text", text=whitespace))
                return nodes
            elif kind == "!":
                close = self.text.find("}}", self.pos)
                if close < 0:
                    self.fail(tag_start, "unfinished comment")
                self.pos = close + 2
                set_new_line = standalone()
            elif kind in "{&":
                if whitespace:
                    nodes.append(Node("text", text=whitespace))
                    whitespace = ""
                self.pos += 1
                name = self.read_name(tag_start) if kind == "&" else self.read_triple(tag_start)
                line, column = self.where(tag_start)
                nodes.append(Node("raw", name, line=line, column=column))
            elif kind == ">":
                self.pos += 1
                while not self.at_end() and self.text[self.pos].isspace():
                    self.pos += 1
                if self.text.startswith("*", self.pos):
                    self.fail(tag_start, "dynamic partials are not supported by the compiled theme")
                match = re.compile(r"([0-9A-Za-z.\-_?/]+)\s*\}\}").match(self.text, self.pos)
                if not match:
                    self.fail(tag_start, "unfinished partial tag")
                self.pos = match.end()
                if whitespace:
                    self.fail(tag_start, "indented partials are not supported by the compiled theme")
                set_new_line = standalone()
                line, column = self.where(tag_start)
                nodes.append(Node("partial", match.group(1), line=line, column=column))
                whitespace = ""
            elif kind == "%":
                close = self.text.find("}}", self.pos)
                pragma = " ".join(self.text[self.pos + 1:close].split())
                if pragma not in ("CONTENT_TYPE: PLAYBOOK_HTML", "CONTENT_TYPE: HTML"):
                    self.fail(tag_start, f"pragma {pragma!r} is not supported by the compiled theme (only HTML content types)")
                self.pos = close + 2
                set_new_line = standalone()
            elif kind in "=<$":
                self.fail(tag_start, "set delimiters and template inheritance are not supported by the compiled theme")
            else:
                if whitespace:
                    nodes.append(Node("text", text=whitespace))
                    whitespace = ""
                name = self.read_name(tag_start)
                line, column = self.where(tag_start)
                nodes.append(Node("var", name, line=line, column=column))
            new_line = set_new_line
        if section is not None:
            self.fail(opened_at, f"section {section} is not closed")
        return nodes

    def read_triple(self, tag_start):
        match = re.compile(r"\s*([0-9A-Za-z.\-_?*]*)\s*\}\}\}").match(self.text, self.pos)
        if not match:
            self.fail(tag_start, "unfinished {{{ tag")
        self.pos = match.end()
        return match.group(1)
