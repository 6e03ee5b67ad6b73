//! COP Explorer's interface strings, checked at compile time and chosen at
//! run time.
//!
//! The strings live in `locales/<locale>/<area>.json` (flat JSON,
//! `{{ name }}` placeholders, the same format leptos_i18n reads), English
//! being the reference. One build serves all six languages: each call
//! holds the six texts and picks the one of the page being rendered
//! (`cop_explorer::shared::i18n::current()`, the prerenderer's locale natively and
//! the page's `<html lang>` in the browser).
//!
//! - `t!(area.key)` becomes a `&'static str`; English when a locale lacks
//!   the key (the tests list such fallbacks).
//! - `t!(area.key, name = expr, ...)` becomes `format!` with those values.
//! - `t_parts!(area.key)` splits a string into `(name, text)` pairs: `("", text)`
//!   for plain text, `(tag, text)` for `<tag>text</tag>` and `(name, "")` for a
//!   `{{ name }}` placeholder, so that a component can put links or elements
//!   there.
//! - `view!` is leptos' `view!`; a `t!` attribute value gets the braces that
//!   leptos needs, and a string that is the same in every language stays a
//!   literal (static markup).
//!
//! An unknown key, or a placeholder value that English lacks or does not
//! get, is a compile error.

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

/// leptos' `view!`: `attr=t!(area.key)` gets braces, and plain `t!`
/// calls whose text is the same in every language become literals.
#[proc_macro]
pub fn view(input: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut tokens = Tokens::from(input).into_iter();
    while let Some(token) = tokens.next() {
        if let TokenTree::Group(group) = &token {
            if group.delimiter() == Delimiter::Brace {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                if let [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(args)] =
                    inner.as_slice()
                {
                    if name == "t" && bang.as_char() == '!' {
                        out.push(same_everywhere(args.stream()).unwrap_or_else(|| {
                            let call = qualified_t(args);
                            TokenTree::Group(proc_macro2::Group::new(Delimiter::Brace, call))
                        }));
                        continue;
                    }
                }
            }
        }
        // `attr=t!(area.key)`: leptos wants a block or a literal there.
        if let TokenTree::Ident(name) = &token {
            if name == "t" {
                let mut lookahead = tokens.clone();
                if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(args))) =
                    (lookahead.next(), lookahead.next())
                {
                    if bang.as_char() == '!' && args.delimiter() == Delimiter::Parenthesis {
                        let replacement = same_everywhere(args.stream()).unwrap_or_else(|| {
                            TokenTree::Group(proc_macro2::Group::new(
                                Delimiter::Brace,
                                qualified_t(&args),
                            ))
                        });
                        out.push(replacement);
                        tokens = lookahead;
                        continue;
                    }
                }
            }
        }
        out.push(token);
    }
    quote! { ::leptos::prelude::view! { #(#out)* } }.into()
}

/// `::cop_explorer::shared::i18n::t!(args)`: the markup needs no `t` in scope.
fn qualified_t(args: &proc_macro2::Group) -> Tokens {
    quote! { ::cop_explorer::shared::i18n::t! #args }
}

/// The literal for `area.key` when it has no placeholders and reads the same
/// in every language (a name, a symbol); `None` otherwise.
fn same_everywhere(args: Tokens) -> Option<TokenTree> {
    let (key, values) = parse_args(args).ok()?;
    if !values.is_empty() {
        return None;
    }
    let texts = catalog::lookup(&key.area, &key.name).ok()?;
    let english = &texts[0];
    if !template::placeholders(english).is_empty() || texts.iter().any(|t| t != english) {
        return None;
    }
    let mut literal = Literal::string(english);
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

fn lookup(key: &Key) -> Result<Vec<String>, Error> {
    catalog::lookup(&key.area, &key.name).map_err(|message| Error::new(key.span, message))
}

/// `match` on the current locale: one arm per language that differs from
/// English, English for the rest.
fn by_locale(texts: &[String], arm: impl Fn(&str) -> Tokens) -> Tokens {
    let english = arm(&texts[0]);
    // `lookup` read the language list before it gave `texts`.
    let codes = catalog::locales().unwrap_or_default();
    let others = codes
        .iter()
        .zip(texts)
        .skip(1)
        .filter(|(_, text)| *text != &texts[0])
        .map(|(code, text)| {
            let body = arm(text);
            quote! { #code => #body, }
        });
    quote! {
        match ::cop_explorer::shared::i18n::current().code {
            #(#others)*
            _ => #english,
        }
    }
}

fn translate(args: Tokens) -> Result<Tokens, Error> {
    let (key, values) = parse_args(args)?;
    let texts = lookup(&key)?;
    // English decides which values a string takes; a translation may use
    // fewer (and the ui_strings test lists any that does), never others.
    let wanted = template::placeholders(&texts[0]);
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
    for (code, text) in catalog::locales().unwrap_or_default().iter().zip(&texts) {
        if let Some(extra) = template::placeholders(text)
            .into_iter()
            .find(|name| !wanted.contains(name))
        {
            return Err(Error::new(
                key.span,
                format!(
                    "{}.{} in {code} has {{{{ {extra} }}}}, which English lacks",
                    key.area, key.name
                ),
            ));
        }
    }
    if values.is_empty() {
        return Ok(by_locale(&texts, |text| {
            let mut literal = Literal::string(text);
            literal.set_span(key.span);
            quote! { #literal }
        }));
    }
    // Each value is computed once, before the language is chosen.
    let bindings: Vec<proc_macro2::Ident> = values
        .iter()
        .map(|v| proc_macro2::Ident::new(&format!("__cop_{}", v.name), v.span))
        .collect();
    let expressions = values.iter().map(|v| &v.expression);
    let choice = by_locale(&texts, |text| {
        let used = template::placeholders(text);
        let format = Literal::string(&template::format_string(text));
        let args = values
            .iter()
            .zip(&bindings)
            .filter(|(v, _)| used.contains(&v.name))
            .map(|(v, binding)| {
                let name = proc_macro2::Ident::new(&v.name, v.span);
                quote! { #name = #binding }
            });
        quote! { ::std::format!(#format, #(#args),*) }
    });
    Ok(quote! {
        match (#((#expressions),)*) {
            (#(#bindings,)*) => #choice,
        }
    })
}

fn parts(args: Tokens) -> Result<Tokens, Error> {
    let (key, values) = parse_args(args)?;
    if let Some(value) = values.first() {
        return Err(Error::new(value.span, "t_parts! takes no values"));
    }
    let texts = lookup(&key)?;
    let mut per_locale = Vec::new();
    for text in &texts {
        let segments = template::tagged_segments(text).map_err(|m| Error::new(key.span, m))?;
        per_locale.push(segments);
    }
    let by_text: std::collections::HashMap<&String, &Vec<Segment>> =
        texts.iter().zip(&per_locale).collect();
    Ok(by_locale(&texts, |text| {
        let pairs = by_text[&text.to_string()]
            .iter()
            .map(|Segment { tag, text }| quote! { (#tag, #text) });
        quote! { { const PARTS: &[(&str, &str)] = &[#(#pairs),*]; PARTS } }
    }))
}
