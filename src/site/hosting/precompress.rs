//! `.br` and `.gz` copies beside every text file and wasm of the build, at
//! the best settings (brotli 11, gzip 9), for servers that send a file's
//! copy instead of compressing on the fly at a lower level (nginx's
//! `gzip_static`, the rewrite rules of `.htaccess`).

use std::io::Write;
use std::path::Path;

use super::mime;

/// Brotli's best quality, and its largest window that costs no decoder
/// memory beyond what browsers grant (22 bits, 4 MiB).
const BROTLI_QUALITY: u32 = 11;
const BROTLI_WINDOW: u32 = 22;

/// The two copies of `bytes`: (brotli, gzip).
pub fn compress(bytes: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut br = Vec::new();
    {
        let mut writer =
            brotli::CompressorWriter::new(&mut br, 64 * 1024, BROTLI_QUALITY, BROTLI_WINDOW);
        writer.write_all(bytes).expect("writing to memory");
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("writing to memory");
    (br, gz.finish().expect("writing to memory"))
}

/// Whether a file of the build gets copies: a type worth compressing, not a
/// copy itself, and large enough that compressing saves a packet.
pub fn wants_copies(path: &str, size: u64) -> bool {
    const SMALLEST: u64 = 256;
    mime::is_served(path)
        && size >= SMALLEST
        && mime::content_type(path).is_some_and(mime::is_compressible)
}

/// Writes the copies of every file under `dist` that wants them, on all
/// cores; returns how many files got copies. `files` are relative paths.
pub fn write_copies(dist: &Path, files: &[String]) -> Result<usize, String> {
    let chosen: Vec<&String> = files
        .iter()
        .filter(|f| {
            let size = std::fs::metadata(dist.join(f))
                .map(|m| m.len())
                .unwrap_or(0);
            wants_copies(f, size)
        })
        .collect();
    // A shared queue: the few large files (the wasm) would leave one lane
    // working alone if the list were cut in equal parts.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let lanes = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..lanes)
            .map(|_| {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    match chosen.get(i) {
                        Some(file) => write_copy(dist, file)?,
                        None => return Ok::<(), String>(()),
                    }
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .map_err(|_| "a compression thread failed".to_string())?
        })
    })?;
    Ok(chosen.len())
}

fn write_copy(dist: &Path, file: &str) -> Result<(), String> {
    let path = dist.join(file);
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (br, gz) = compress(&bytes);
    for (ext, data) in [("br", br), ("gz", gz)] {
        let out = dist.join(format!("{file}.{ext}"));
        std::fs::write(&out, data).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    Ok(())
}
