// SPDX-License-Identifier: MIT
#pragma once

#include "render/lexer.h"

namespace crossroads {

// JSON: object keys, string values, numbers and true/false/null. JSON strings cannot span lines,
// so no state is carried.
class JsonLexer final : public Lexer
{
public:
    QList<Token> tokens(const QString &line, int &state) const override;
};

} // namespace crossroads
