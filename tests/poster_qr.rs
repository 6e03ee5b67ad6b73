//! The poster's QR code, read back by a QR reader from crates.io (rqrr):
//! the SVG the prerenderer writes decodes to the address it was made for.
//! (tests/e2e/educators.test.mjs also decodes the built poster from pixels.)

use cop_explorer::site::qr;

/// The dark modules of an SVG from `qr::svg`: its side in modules and one
/// flag per module, read from the viewBox and the path's runs
/// ("M{x} {y}h{run}v1h-{run}z").
fn modules(svg: &str) -> (usize, Vec<bool>) {
    let size: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a viewBox");
    let path = svg
        .split(" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a path");
    let mut dark = vec![false; size * size];
    for step in path.split('z').filter(|s| !s.is_empty()) {
        let rest = step.strip_prefix('M').expect("each run starts with M");
        let (x, rest) = rest.split_once(' ').expect("x y");
        let (y, rest) = rest.split_once('h').expect("y h");
        let run = rest.split('v').next().expect("run");
        let (x, y, run): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        for i in x..x + run {
            dark[y * size + i] = true;
        }
    }
    (size, dark)
}

#[test]
fn the_poster_code_reads_back_as_its_address() {
    for address in [
        "https://cop-explorer.test/",
        "https://cop-explorer.test/ar/",
        "https://partner.example.org/child-safety/cop/zh/",
    ] {
        let svg = qr::svg(address, "QR code").expect("an address fits");
        let (size, dark) = modules(&svg);
        // A QR code is 17 + 4 x version modules wide, plus 4 on each side.
        let side = size - 8;
        assert!(
            side >= 21 && (side - 17).is_multiple_of(4),
            "{side} modules"
        );
        // Four pixels per module, as a camera would see a printed code.
        let scale = 4;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
                if dark[(y / scale) * size + x / scale] {
                    0
                } else {
                    255
                }
            });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "{address}: one code found");
        let (_, content) = grids[0].decode().expect("it decodes");
        assert_eq!(content, address);
    }
}
