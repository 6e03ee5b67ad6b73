//! COP Explorer's interface strings, resolved at compile time.
//!
//! Each build of the app is for one locale: the app's `build.rs` turns its
//! `lang-*` feature into `COP_LOCALE`. The strings live in
//! `locales/<locale>/<area>.json` (flat JSON, `{{ name }}` placeholders, the
//! same format leptos_i18n reads), English being the reference.
//!
//! - `t!(area.key)` becomes that locale's string literal; English when the
//!   locale lacks the key (the tests list such fallbacks).
//! - `t!(area.key, name = expr, ...)` becomes `format!` with those values.
//! - `t_parts!(area.key)` splits a string into `(name, text)` pairs: `("", text)`
//!   for plain text, `(tag, text)` for `<tag>text</tag>` and `(name, "")` for a
//!   `{{ name }}` placeholder, so that a component can put links or elements
//!   there.
//! - `view!` is leptos' `view!` with every plain `t!` written into the markup
//!   as a literal.
//!
//! Why literals: Leptos compiles a wholly static element into one inert HTML
//! string, while any text expression turns the element and its ancestors into
//! typed render and hydrate code. leptos_i18n's `t!` made this site's wasm
//! 107 to 163 KB (brotli) larger; literals in a per-locale build add nothing.
//!
//! An unknown key, a missing or unused placeholder value, or an unknown
//! locale is a compile error.

mod catalog;
mod template;

use proc_macro::TokenStream;
use proc_macro2::{Delimiter, Literal, Span, TokenStream as Tokens, TokenTree};
use quote::{quote, quote_spanned};
use template::Segment;

/// A compile error at the span of the offending tokens.
struct Error {
    span: Span,
    message: String,
}

impl Error {
    fn new(span: Span, message: impl Into<String>) -> Self {
        Error {
            span,
            message: message.into(),
        }
    }

    fn into_tokens(self) -> Tokens {
        let message = self.message;
        quote_spanned! {self.span=> ::core::compile_error!(#message) }
    }
}

/// `t!(area.key)` or `t!(area.key, name = value, ...)`.
#[proc_macro]
pub fn t(input: TokenStream) -> TokenStream {
    translate(input.into())
        .unwrap_or_else(Error::into_tokens)
        .into()
}

/// `t_parts!(area.key)`: `&[(name, text)]` (see the crate documentation).
#[proc_macro]
pub fn t_parts(input: TokenStream) -> TokenStream {
    parts(input.into())
        .unwrap_or_else(Error::into_tokens)
        .into()
}

/// leptos' `view!`, with plain `t!(area.key)` calls written in as literals.
#[proc_macro]
pub fn view(input: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut tokens = Tokens::from(input).into_iter();
    while let Some(token) = tokens.next() {
        // `{t!(area.key)}` as a child: the literal becomes a static text node.
        if let TokenTree::Group(group) = &token {
            if group.delimiter() == Delimiter::Brace {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                if let [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(args)] =
                    inner.as_slice()
                {
                    if name == "t" && bang.as_char() == '!' {
                        if let Some(literal) = plain_literal(args.stream()) {
                            out.push(literal);
                            continue;
                        }
                    }
                }
            }
        }
        // `attr=t!(area.key)`: a static attribute value.
        if let TokenTree::Ident(name) = &token {
            if name == "t" {
                let mut lookahead = tokens.clone();
                if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(args))) =
                    (lookahead.next(), lookahead.next())
                {
                    if bang.as_char() == '!' && args.delimiter() == Delimiter::Parenthesis {
                        if let Some(literal) = plain_literal(args.stream()) {
                            out.push(literal);
                            tokens = lookahead;
                            continue;
                        }
                    }
                }
            }
        }
        out.push(token);
    }
    quote! { ::leptos::prelude::view! { #(#out)* } }.into()
}

/// The literal for `area.key` without placeholders; `None` for anything else
/// (which then expands through `t!` itself, errors included).
fn plain_literal(args: Tokens) -> Option<TokenTree> {
    let (key, values) = parse_args(args).ok()?;
    if !values.is_empty() {
        return None;
    }
    let text = catalog::lookup(&key.area, &key.name).ok()?;
    if !template::placeholders(&text).is_empty() {
        return None;
    }
    let mut literal = Literal::string(&text);
    literal.set_span(key.span);
    Some(TokenTree::Literal(literal))
}

struct Key {
    area: String,
    name: String,
    span: Span,
}

/// A `name = expression` value for a placeholder.
struct Value {
    name: String,
    span: Span,
    expression: Tokens,
}

fn parse_args(args: Tokens) -> Result<(Key, Vec<Value>), Error> {
    let mut groups = split_on_commas(args).into_iter();
    let key_tokens = groups
        .next()
        .ok_or_else(|| Error::new(Span::call_site(), "expected area.key"))?;
    let key = match key_tokens.as_slice() {
        [TokenTree::Ident(area), TokenTree::Punct(dot), TokenTree::Ident(name)]
            if dot.as_char() == '.' =>
        {
            Key {
                area: area.to_string(),
                name: name.to_string(),
                span: name.span(),
            }
        }
        other => {
            let span = other.first().map_or(Span::call_site(), TokenTree::span);
            return Err(Error::new(span, "expected area.key, e.g. common.nav_home"));
        }
    };
    let mut values = Vec::new();
    for tokens in groups {
        match tokens.as_slice() {
            [TokenTree::Ident(name), TokenTree::Punct(eq), rest @ ..]
                if eq.as_char() == '=' && !rest.is_empty() =>
            {
                values.push(Value {
                    name: name.to_string(),
                    span: name.span(),
                    expression: rest.iter().cloned().collect(),
                })
            }
            // `name` alone is short for `name = name`.
            [TokenTree::Ident(name)] => values.push(Value {
                name: name.to_string(),
                span: name.span(),
                expression: TokenTree::Ident(name.clone()).into(),
            }),
            [] => {} // trailing comma
            other => {
                let span = other.first().map_or(Span::call_site(), TokenTree::span);
                return Err(Error::new(span, "expected name = value"));
            }
        }
    }
    Ok((key, values))
}

/// Splits at top-level commas (commas inside brackets are one token group).
fn split_on_commas(tokens: Tokens) -> Vec<Vec<TokenTree>> {
    let mut parts = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => parts.push(Vec::new()),
            _ => parts.last_mut().expect("never empty").push(token),
        }
    }
    parts
}

fn lookup(key: &Key) -> Result<String, Error> {
    catalog::lookup(&key.area, &key.name).map_err(|message| Error::new(key.span, message))
}

fn translate(args: Tokens) -> Result<Tokens, Error> {
    let (key, values) = parse_args(args)?;
    let text = lookup(&key)?;
    let wanted = template::placeholders(&text);
    for name in &wanted {
        if !values.iter().any(|v| &v.name == name) {
            return Err(Error::new(
                key.span,
                format!(
                    "{}.{} needs a value for {{{{ {name} }}}}",
                    key.area, key.name
                ),
            ));
        }
    }
    if let Some(unused) = values.iter().find(|v| !wanted.contains(&v.name)) {
        return Err(Error::new(
            unused.span,
            format!("{}.{} has no {{{{ {} }}}}", key.area, key.name, unused.name),
        ));
    }
    if values.is_empty() {
        let mut literal = Literal::string(&text);
        literal.set_span(key.span);
        return Ok(quote! { #literal });
    }
    let format = Literal::string(&template::format_string(&text));
    let names = values
        .iter()
        .map(|v| proc_macro2::Ident::new(&v.name, v.span));
    let expressions = values.iter().map(|v| &v.expression);
    Ok(quote! { ::std::format!(#format, #(#names = (#expressions)),*) })
}

fn parts(args: Tokens) -> Result<Tokens, Error> {
    let (key, values) = parse_args(args)?;
    if let Some(value) = values.first() {
        return Err(Error::new(value.span, "t_parts! takes no values"));
    }
    let text = lookup(&key)?;
    let segments = template::tagged_segments(&text).map_err(|m| Error::new(key.span, m))?;
    let pairs = segments.iter().map(|Segment { tag, text }| {
        quote! { (#tag, #text) }
    });
    Ok(quote! { { const PARTS: &[(&str, &str)] = &[#(#pairs),*]; PARTS } })
}
