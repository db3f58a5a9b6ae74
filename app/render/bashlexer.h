// SPDX-License-Identifier: MIT
#pragma once

#include "render/lexer.h"

namespace crossroads {

// Shell commands as lessons show them: the command word of each pipeline step (Function),
// options (Attribute), keywords, $variables, strings (which may span lines) and comments.
// A leading "$ " prompt is left plain so the command after it is still recognised.
class BashLexer final : public Lexer
{
public:
    QList<Token> tokens(const QString &line, int &state) const override;
};

} // namespace crossroads
