// SPDX-License-Identifier: MIT
#pragma once

#include "render/lexer.h"

namespace crossroads {

// HTML with Jinja2 or Django template tags: tags, attribute names and values, comments (HTML
// and {# #}), and inside {% %} / {{ }} the template keywords, strings, numbers and |filters.
// Tags, attribute values, comments and template blocks may span lines.
class TemplateLexer final : public Lexer
{
public:
    QList<Token> tokens(const QString &line, int &state) const override;
};

} // namespace crossroads
