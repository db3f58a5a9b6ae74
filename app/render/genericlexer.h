// SPDX-License-Identifier: MIT
#pragma once

#include "render/lexer.h"

namespace crossroads {

// For code in a language without its own lexer (CSS, nginx, YAML, INI, ...): strings, numbers
// and the common comment forms ("# " and // after whitespace, /* */ across lines). Wrong guesses
// stay harmless because it only colours, never changes text.
class GenericLexer final : public Lexer
{
public:
    QList<Token> tokens(const QString &line, int &state) const override;
};

} // namespace crossroads
