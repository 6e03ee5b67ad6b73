//! The files a host needs beside the pages: each language's service
//! worker, and `_headers`, `nginx.conf` and `.htaccess` from one set of rules.

use std::{fs, path::Path};

use crate::shared::i18n::{self, Locale};
use crate::shared::routes;
use crate::shared::widgets;
use crate::site::hosting::{
    boot_script::{self, WasmBuild},
    fingerprint::is_fingerprinted,
    headers, service_worker,
};

use super::trunk_page::TrunkPage;
use super::{list_files, list_files_top_level, write};

/// Writes one language's service worker, which saves its main pages and
/// the shared files for offline use.
pub(super) fn write_locale_worker(
    dist: &Path,
    trunk: &TrunkPage,
    locale: Locale,
) -> Result<(), String> {
    let out = dist.join(i18n::prefix(locale.code).trim_start_matches('/'));
    let locale_base = i18n::localized_folder(trunk.base.trim_end_matches('/'), locale.code, "/");
    let own_files: Vec<String> = list_files(&out)?
        .into_iter()
        .filter(|f| !f.contains('/') || !is_other_locale_folder(f, locale))
        .collect();
    // The islands of the pages saved for offline use are saved with them;
    // the other islands' JS and wasm only when a page first uses them.
    let offline_builds = builds_started_on(&out, &routes::offline_island_pages(), &trunk.builds)?;
    let later: Vec<String> = trunk
        .builds
        .iter()
        .filter(|build| !offline_builds.contains(build))
        .flat_map(WasmBuild::file_names)
        .collect();
    let root_files: Vec<String> = list_files_top_level(dist)?
        .into_iter()
        .filter(|file| !later.contains(file))
        .collect();
    // (English's own files are the root's.)
    let own_files: Vec<String> = own_files
        .into_iter()
        .filter(|file| !later.contains(file))
        .collect();
    let on_use: Vec<String> = later
        .iter()
        .map(|file| format!("{}{file}", trunk.base))
        .collect();
    write_service_worker(
        dist,
        &out,
        &trunk.base,
        &locale_base,
        &root_files,
        &own_files,
        &on_use,
    )?;
    Ok(())
}

/// The wasm builds of the islands that start at once on `paths`, read from
/// their pages as written in `out`.
pub(super) fn builds_started_on<'a>(
    out: &Path,
    paths: &[String],
    builds: &'a [WasmBuild],
) -> Result<Vec<&'a WasmBuild>, String> {
    let mut used: Vec<&WasmBuild> = Vec::new();
    for path in paths {
        let file = out.join(routes::output_file(path));
        let html = fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        for island in boot_script::eager_islands(&html) {
            if let Some(build) = boot_script::build_carrying(builds, island) {
                if !used.contains(&build) {
                    used.push(build);
                }
            }
        }
    }
    Ok(used)
}

/// English's folder is the root: the other languages' folders are not its files.
pub(super) fn is_other_locale_folder(file: &str, locale: Locale) -> bool {
    locale.code == i18n::REFERENCE
        && file
            .split('/')
            .next()
            .is_some_and(|first| i18n::by_code(first).is_some())
}

pub(super) fn write_service_worker(
    dist: &Path,
    out: &Path,
    root_base: &str,
    locale_base: &str,
    root_files: &[String],
    own_files: &[String],
    on_use: &[String],
) -> Result<(), String> {
    let root: Vec<&str> = root_files.iter().map(String::as_str).collect();
    let own: Vec<&str> = own_files.iter().map(String::as_str).collect();
    let precache = service_worker::precache_urls(
        root_base,
        &root,
        locale_base,
        &own,
        &routes::offline_pages(),
    );
    let mut contents = Vec::new();
    for url in &precache {
        let path = url.strip_prefix(root_base).unwrap_or(url);
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        let bytes = fs::read(dist.join(&file)).map_err(|e| format!("cannot read {file}: {e}"))?;
        contents.push((url.clone(), bytes));
    }
    let built: Vec<service_worker::BuiltFile> = contents
        .iter()
        .map(|(path, bytes)| service_worker::BuiltFile { path, bytes })
        .collect();
    let version = service_worker::version(&built);
    let locale = i18n::current();
    let text = service_worker::OfflineText {
        lang: locale.code,
        dir: locale.dir.as_str(),
        title: i18n::t!(common.offline_title),
        body: i18n::t!(common.offline_text),
        home: i18n::t!(common.offline_home),
    };
    write(
        out,
        "sw.js",
        &service_worker::render(locale_base, &version, &precache, on_use, text),
    )
}

/// `_headers`, `nginx.conf` and `.htaccess`, from the same rules.
pub(super) fn write_host_rules(
    dist: &Path,
    base: &str,
    paths: &[String],
    files: &[String],
    locales: &[&str],
    inline_styles: Vec<String>,
) -> Result<(), String> {
    // English at the root, each other locale in its own folder.
    let folders: Vec<String> = locales
        .iter()
        .map(|code| i18n::prefix(code).trim_start_matches('/').to_string())
        .map(|p| if p.is_empty() { p } else { format!("{p}/") })
        .collect();
    let in_a_locale_folder = |file: &str| match file.split_once('/') {
        None => true,
        Some((folder, rest)) => !rest.contains('/') && folders.contains(&format!("{folder}/")),
    };
    let rules = headers::HeaderRules {
        base,
        locale_folders: folders.clone(),
        page_sections: routes::top_level_sections(paths),
        widget_sections: vec![widgets::PREFIX.trim_start_matches('/').to_string()],
        fingerprinted_files: files
            .iter()
            .filter(|f| {
                in_a_locale_folder(f) && is_fingerprinted(f.rsplit('/').next().unwrap_or(f))
            })
            .cloned()
            .collect(),
        no_cache_files: vec!["sw.js".into()],
        inline_styles,
    };
    write(dist, "_headers", &rules.render())?;
    write(dist, "nginx.conf", &rules.nginx_conf())?;
    write(dist, ".htaccess", &rules.htaccess())
}
