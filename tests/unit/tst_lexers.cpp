// SPDX-License-Identifier: MIT
#include "render/lexer.h"
#include "render/pythonlexer.h"

#include <QTest>

using namespace crossroads;

namespace {

// "kind:text" for every token of every line, lines separated by "|", carrying the state the way
// a QSyntaxHighlighter would.
QStringList describe(const QString &language, const QStringList &lines, int *finalState = nullptr)
{
    const std::unique_ptr<Lexer> lexer = Lexer::forLanguage(language);
    QStringList out;
    int state = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out << QStringLiteral("|");
        for (const Token &t : lexer->tokens(lines.at(i), state))
            out << Lexer::kindName(t.kind) + u':' + lines.at(i).mid(t.start, t.length);
    }
    if (finalState)
        *finalState = state;
    return out;
}

} // namespace

class TestLexers : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void pythonStateCarriesOverLines();
    void tokensAreOrderedAndInsideTheLine_data();
    void tokensAreOrderedAndInsideTheLine();
    void forLanguage_data();
    void forLanguage();
};

void TestLexers::tokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *language, const QStringList &lines,
                        const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(language) << lines << expected;
    };

    // Python
    row("def", "python", {"def greet(name):"}, {"keyword:def", "function:greet"});
    row("async def", "python", {"async def view(request):"},
        {"keyword:async", "keyword:def", "function:view"});
    row("class", "python", {"class User(Base):"}, {"keyword:class", "class:User"});
    row("decorator", "python", {"@app.route('/hello')"}, {"decorator:@app.route", "string:'/hello'"});
    row("indented decorator", "python", {"    @login_required"}, {"decorator:@login_required"});
    row("matmul is no decorator", "python", {"c = a @ b"}, {});
    row("numbers", "python", {"x = 0x1F + 1_000 + 3.5e-2 + 2j + .5"},
        {"number:0x1F", "number:1_000", "number:3.5e-2", "number:2j", "number:.5"});
    row("digits in names", "python", {"item2 = v1"}, {});
    row("builtins and comment", "python", {"print(len(items))  # count them"},
        {"builtin:print", "builtin:len", "comment:# count them"});
    row("attribute is not builtin", "python", {"request.form.get('id'), obj.list"}, {"string:'id'"});
    row("constants", "python", {"return None if x else True"},
        {"keyword:return", "constant:None", "keyword:if", "keyword:else", "constant:True"});
    row("hash in string", "python", {"x = \"a # b\"  # real"}, {"string:\"a # b\"", "comment:# real"});
    row("escaped quote", "python", {R"(s = 'it\'s')"}, {R"(string:'it\'s')"});
    row("prefixes", "python", {R"(rb'\d+' + B"x" + u'y')"},
        {R"(string:rb'\d+')", "string:B\"x\"", "string:u'y'"});
    row("f-string field", "python", {"f\"Hello {name!r:>10} {{x}}\""},
        {"string:f\"Hello ", "interpolation:{", "interpolation:!r:>10}", "string: {{x}}\""});
    row("f-string code", "python", {"f'{len(xs)} items'"},
        {"string:f'", "interpolation:{", "builtin:len", "interpolation:}", "string: items'"});
    row("f-string nested quote", "python", {"f\"{d['k']}\""},
        {"string:f\"", "interpolation:{", "string:'k'", "interpolation:}", "string:\""});
    row("f-string != is code", "python", {"f'{a != b}'"},
        {"string:f'", "interpolation:{", "interpolation:}", "string:'"});
    row("triple quoted", "python", {"x = \"\"\"Doc", "still doc", "end\"\"\"  # c"},
        {"string:\"\"\"Doc", "|", "string:still doc", "|", "string:end\"\"\"", "comment:# c"});
    row("triple single in triple double", "python", {"'''a \"\"\" b'''"}, {"string:'''a \"\"\" b'''"});
    row("triple f-string field on next line", "python", {"f'''", "{user}!'''"},
        {"string:f'''", "|", "interpolation:{", "interpolation:}", "string:!'''"});
    row("backslash continues a string", "python", {"s = 'abc\\", "def' + x"},
        {"string:'abc\\", "|", "string:def'"});
    row("unterminated string ends at line end", "python", {"s = 'abc", "def"},
        {"string:'abc", "|", "keyword:def"});
    row("match statement", "python", {"match command:", "    case [x]:"},
        {"keyword:match", "|", "keyword:case"});
    row("match as a name", "python", {"match = re.match(p, s)"}, {});
    row("empty string then code", "python", {"x = '' or 1"}, {"string:''", "keyword:or", "number:1"});

    // HTML + Jinja/Django templates
    row("tag with template in attribute", "jinja", {"<a href=\"{{ url_for('index') }}\">Home</a>"},
        {"tag:<a", "attribute:href", "string:\"", "template:{{", "string:'index'", "template:}}", "string:\"",
         "tag:>", "tag:</a", "tag:>"});
    row("for block", "django", {"{% for item in items %}"},
        {"template:{%", "keyword:for", "keyword:in", "template:%}"});
    row("filter", "jinja", {"{{ name|upper }}"}, {"template:{{", "builtin:upper", "template:}}"});
    row("whitespace control", "jinja", {"{%- if user -%}"}, {"template:{%-", "keyword:if", "template:-%}"});
    row("template comment", "jinja", {"a {# note #} b"}, {"comment:{# note #}"});
    row("html comment over lines", "html", {"<!-- one", "two --> <p>"},
        {"comment:<!-- one", "|", "comment:two -->", "tag:<p", "tag:>"});
    row("tag over lines", "html", {"<input type=\"text\"", "       name=q disabled>"},
        {"tag:<input", "attribute:type", "string:\"text\"", "|", "attribute:name", "string:q",
         "attribute:disabled", "tag:>"});
    row("self closing and entity", "html", {"<br/> &amp; &#8594;"},
        {"tag:<br", "tag:/>", "constant:&amp;", "constant:&#8594;"});
    row("block over lines", "jinja", {"{% set x = [", "  'a' ] %}"},
        {"template:{%", "keyword:set", "|", "string:'a'", "template:%}"});
    row("less-than in text", "html", {"1 < 2"}, {});

    // Shell
    row("command and option", "bash", {"python3 -m venv .venv"}, {"function:python3", "attribute:-m"});
    row("prompt", "bash", {"$ pip install flask"}, {"function:pip"});
    row("string and comment", "bash", {"echo \"Hello $USER\" # greet"},
        {"function:echo", "string:\"Hello $USER\"", "comment:# greet"});
    row("pipeline", "bash", {"cd $HOME && ls -la | grep py"},
        {"function:cd", "variable:$HOME", "function:ls", "attribute:-la", "function:grep"});
    row("export", "bash", {"export FLASK_APP=app.py"}, {"keyword:export", "variable:FLASK_APP"});
    row("assignment before command", "bash", {"DEBUG=1 flask run --port=5001"},
        {"variable:DEBUG", "function:flask", "attribute:--port"});
    row("version pin is no assignment", "bash", {"pip install flask==2.2"}, {"function:pip"});
    row("sudo keeps command position", "bash", {"sudo apt install python3-flask"},
        {"function:sudo", "function:apt"});
    row("braced variable", "bash", {"echo ${HOME}/x"}, {"function:echo", "variable:${HOME}"});
    row("string over lines", "bash", {"echo 'one", "two' done"},
        {"function:echo", "string:'one", "|", "string:two'", "keyword:done"});
    row("hash inside word", "bash", {"curl http://127.0.0.1:5000/#top"}, {"function:curl"});

    // JSON
    row("json", "json", {R"({"name": "Ada", "age": -36.5e1, "admin": false, "x": null})"},
        {"key:\"name\"", "string:\"Ada\"", "key:\"age\"", "number:-36.5e1", "key:\"admin\"", "constant:false",
         "key:\"x\"", "constant:null"});
    row("json escaped quote", "json", {R"({"a\"b" : "c"})"}, {R"(key:"a\"b")", "string:\"c\""});

    // Generic
    row("css", "css", {"body { color: #fff; margin: 0 } /* note */"}, {"number:0", "comment:/* note */"});
    row("css comment over lines", "css", {"/* one", "two */ a"}, {"comment:/* one", "|", "comment:two */"});
    row("nginx", "nginx", {"# proxy", "listen 80;"}, {"comment:# proxy", "|", "number:80"});
    row("url is no comment", "yaml", {"url: https://example.org"}, {});
}

void TestLexers::tokens()
{
    QFETCH(QString, language);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    int state = -1;
    const QStringList actual = describe(language, lines, &state);
    QCOMPARE(actual, expected);
    if (!QByteArray(QTest::currentDataTag()).contains("over lines") &&
        !QByteArray(QTest::currentDataTag()).contains("unterminated"))
        QCOMPARE(state, 0); // every construct that opened was closed again
}

void TestLexers::pythonStateCarriesOverLines()
{
    PythonLexer lexer;
    int state = 0;
    lexer.tokens(QStringLiteral("doc = \"\"\"Start"), state);
    QVERIFY(state != 0);
    const int inside = state;
    // The same open string yields the same state, so QSyntaxHighlighter stops re-highlighting.
    const QList<Token> middle = lexer.tokens(QStringLiteral("def not_code():"), state);
    QCOMPARE(state, inside);
    QCOMPARE(middle, (QList<Token>{{0, 15, TokenKind::String}}));
    const QList<Token> last = lexer.tokens(QStringLiteral("end\"\"\" + 1"), state);
    QCOMPARE(state, 0);
    QCOMPARE(last, (QList<Token>{{0, 6, TokenKind::String}, {9, 1, TokenKind::Number}}));
    // A different quote does not close it.
    state = inside;
    lexer.tokens(QStringLiteral("'''"), state);
    QCOMPARE(state, inside);
}

void TestLexers::tokensAreOrderedAndInsideTheLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    // Malformed input must never produce overlapping or out-of-range tokens.
    const char *languages[] = {"python", "jinja", "bash", "json", "css"};
    const char *lines[] = {"f'{",    "f\"{x:{y}", "'''", "\\",           "<a b=\"{{",  "{%",      "{#",
                           "\"\\",   "$(",        "${",  "/*",           "@",          "f'{a[}'", "<!--",
                           "x = 1e", "0x",        "#",   "''' \"\"\" '", "{{ '}} ' }}"};
    for (const char *language : languages)
        for (const char *line : lines)
            QTest::addRow("%s %s", language, line)
                << QString::fromLatin1(language) << QString::fromLatin1(line);
}

void TestLexers::tokensAreOrderedAndInsideTheLine()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    const std::unique_ptr<Lexer> lexer = Lexer::forLanguage(language);
    QVERIFY(lexer);
    for (int startState : {0, 1, 2, 5, 6, 9, 10, 0x15, 0x25}) {
        int state = startState;
        int end = 0;
        for (const Token &t : lexer->tokens(line, state)) {
            QVERIFY2(t.start >= end && t.length > 0 && t.start + t.length <= line.size(),
                     qPrintable(QStringLiteral("%1 %2").arg(t.start).arg(t.length)));
            end = t.start + t.length;
        }
    }
}

void TestLexers::forLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("plain");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("text") << QStringLiteral("text") << true;
    QTest::newRow("console") << QStringLiteral("console") << true;
    QTest::newRow("python") << QStringLiteral("python") << false;
    QTest::newRow("Python with info") << QStringLiteral("Python title=app.py") << false;
    QTest::newRow("css") << QStringLiteral("css") << false;
}

void TestLexers::forLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, plain);
    QCOMPARE(Lexer::forLanguage(language) == nullptr, plain);
}

QTEST_APPLESS_MAIN(TestLexers)
#include "tst_lexers.moc"
