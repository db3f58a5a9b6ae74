// SPDX-License-Identifier: MIT
#pragma once

#include "render/lexer.h"

namespace crossroads {

// Python 3 source, one line at a time: keywords (and the soft keywords match/case at the start
// of a clause), builtins, True/False/None, numbers, comments, decorators, the names after
// def/class, and strings with every prefix. Triple-quoted strings (and single-quoted ones ending
// in a backslash) carry over to the next line through `state`; the fields of f-strings are
// tokenized as code between Interpolation braces.
class PythonLexer final : public Lexer
{
public:
    QList<Token> tokens(const QString &line, int &state) const override;
};

} // namespace crossroads
