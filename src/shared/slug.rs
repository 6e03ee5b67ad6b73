//! Enums named in addresses and content files by a short word (a slug):
//! `slug_enum!` declares one with each variant's slug written once, and
//! gives it `ALL` (in declaration order), `slug()` and `from_slug()`. With
//! `serde` after its name, serde reads and writes the same slugs.
//!
//! ```ignore
//! slug_enum! {
//!     #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
//!     pub enum RiskType serde {
//!         Aggressive = "aggressive",
//!         Sexual = "sexual",
//!     }
//! }
//! ```

macro_rules! slug_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident serde {
            $($(#[$variant_meta:meta])* $variant:ident = $slug:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* #[serde(rename = $slug)] $variant),+
        }
        $crate::shared::slug::slug_enum!(@impl $name { $($variant = $slug),+ });
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $slug:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }
        $crate::shared::slug::slug_enum!(@impl $name { $($variant = $slug),+ });
    };
    (@impl $name:ident { $($variant:ident = $slug:literal),+ }) => {
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($slug),+].len()] = [$($name::$variant),+];

            /// Its name in addresses and content files.
            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug),+
                }
            }

            /// The variant named `slug`, if any.
            pub fn from_slug(slug: &str) -> Option<$name> {
                match slug {
                    $($slug => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use slug_enum;

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    slug_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        enum Band serde {
            /// Documented variants keep their docs.
            Under9 = "under-9",
            From9To12 = "9-12",
        }
    }

    slug_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        enum Plain {
            #[default]
            One = "one",
            Two = "two",
        }
    }

    #[test]
    fn slugs_name_each_variant_both_ways_and_serde_uses_them() {
        assert_eq!(Band::ALL, [Band::Under9, Band::From9To12]);
        assert_eq!(Band::From9To12.slug(), "9-12");
        assert_eq!(Band::from_slug("under-9"), Some(Band::Under9));
        assert_eq!(Band::from_slug("Under9"), None);
        assert_eq!(serde_json::to_string(&Band::From9To12).unwrap(), "\"9-12\"");
        assert_eq!(
            serde_json::from_str::<Band>("\"under-9\"").unwrap(),
            Band::Under9
        );
        assert_eq!(Plain::default(), Plain::One);
        assert_eq!(Plain::ALL, [Plain::One, Plain::Two]);
        assert_eq!(Plain::from_slug("two").map(Plain::slug), Some("two"));
    }
}
