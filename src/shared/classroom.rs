//! Classroom mode's position (`/classroom/contact?age=9-12&step=2`): which
//! age group's situations are on the screen, and which one. Pure logic, so
//! that the island stays thin and this is tested natively.

use crate::shared::content::AgeBand;

/// Where the deck is. `band: None` is the screen that asks for an age group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub band: Option<AgeBand>,
    /// 1-based, within the age group's situations.
    pub step: usize,
}

/// What the address asked for that the page could not show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressProblem {
    /// `age=` names no age group.
    UnknownAge,
    /// `step=` is not a number from 1 to the number of situations.
    StepOutOfRange,
}

/// What a key press does in classroom mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
    TogglePoints,
}

impl Position {
    /// Reads `age` and `step` from the address. `count(band)` is how many
    /// situations that age group has. A bad value is never an error page:
    /// the deck starts where it can, and the problem is reported.
    pub fn from_query(
        age: Option<&str>,
        step: Option<&str>,
        count: impl Fn(AgeBand) -> usize,
    ) -> (Position, Option<AddressProblem>) {
        let Some(age) = age.filter(|a| !a.is_empty()) else {
            return (
                Position {
                    band: None,
                    step: 1,
                },
                None,
            );
        };
        let Some(band) = AgeBand::from_slug(age) else {
            return (
                Position {
                    band: None,
                    step: 1,
                },
                Some(AddressProblem::UnknownAge),
            );
        };
        let total = count(band);
        match step.filter(|s| !s.is_empty()) {
            None => (
                Position {
                    band: Some(band),
                    step: 1,
                },
                None,
            ),
            Some(raw) => match raw.parse::<usize>() {
                Ok(n) if (1..=total).contains(&n) => (
                    Position {
                        band: Some(band),
                        step: n,
                    },
                    None,
                ),
                _ => (
                    Position {
                        band: Some(band),
                        step: 1,
                    },
                    Some(AddressProblem::StepOutOfRange),
                ),
            },
        }
    }

    /// The query string for this position ("age=9-12&step=2"), or "" for the
    /// age-group screen.
    pub fn to_query(self) -> String {
        match self.band {
            Some(band) => format!("age={}&step={}", band.slug(), self.step),
            None => String::new(),
        }
    }

    /// The position after `movement`, among `total` situations; it stays
    /// within 1..=total (no wrapping: the last screen is the end).
    pub fn moved(self, movement: Move, total: usize) -> Position {
        let last = total.max(1);
        let step = match movement {
            Move::Next => (self.step + 1).min(last),
            Move::Previous => self.step.saturating_sub(1).max(1),
            Move::First => 1,
            Move::Last => last,
            Move::TogglePoints => self.step,
        };
        Position { step, ..self }
    }
}

/// A key press as classroom mode reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// The physical key (`KeyboardEvent.code`: "KeyP", "Space"), the same
    /// whatever the layout: with a Russian layout the P key types "з", with
    /// an Arabic one "ح".
    pub code: &'a str,
    /// What it typed (`KeyboardEvent.key`), for the keyboards that give no
    /// code (some on-screen ones).
    pub key: &'a str,
    pub shift: bool,
}

impl KeyPress<'_> {
    /// The physical key, or the one `key` names when there is no code.
    fn physical(&self) -> &str {
        if !self.code.is_empty() {
            return self.code;
        }
        match self.key {
            " " | "Spacebar" => "Space",
            "p" | "P" => "KeyP",
            other => other,
        }
    }
}

/// The move a key stands for, if any. Space moves on only when no button
/// has focus (there it presses the button), and Shift+Space goes back, as
/// it scrolls back on a page. In a right-to-left page the next situation is
/// to the left, as its button is.
pub fn key_move(press: KeyPress, on_control: bool, rtl: bool) -> Option<Move> {
    let (forward, back) = if rtl {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    match press.physical() {
        "ArrowDown" | "PageDown" => Some(Move::Next),
        k if k == forward => Some(Move::Next),
        "Space" if on_control => None,
        "Space" if press.shift => Some(Move::Previous),
        "Space" => Some(Move::Next),
        "ArrowUp" | "PageUp" => Some(Move::Previous),
        k if k == back => Some(Move::Previous),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        "KeyP" => Some(Move::TogglePoints),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three(_: AgeBand) -> usize {
        3
    }

    #[test]
    fn reads_a_good_address() {
        let (p, problem) = Position::from_query(Some("9-12"), Some("2"), three);
        assert_eq!(
            p,
            Position {
                band: Some(AgeBand::From9To12),
                step: 2
            }
        );
        assert_eq!(problem, None);
        assert_eq!(p.to_query(), "age=9-12&step=2");
    }

    #[test]
    fn no_age_asks_for_one_without_a_complaint() {
        let (p, problem) = Position::from_query(None, Some("2"), three);
        assert_eq!(p.band, None);
        assert_eq!(problem, None);
        assert_eq!(p.to_query(), "");
    }

    #[test]
    fn bad_values_start_where_they_can_and_say_so() {
        let (p, problem) = Position::from_query(Some("toddlers"), None, three);
        assert_eq!((p.band, problem), (None, Some(AddressProblem::UnknownAge)));
        for step in ["0", "4", "-1", "two", "99999999999999999999999"] {
            let (p, problem) = Position::from_query(Some("13-18"), Some(step), three);
            assert_eq!(
                p,
                Position {
                    band: Some(AgeBand::From13To18),
                    step: 1
                },
                "{step}"
            );
            assert_eq!(problem, Some(AddressProblem::StepOutOfRange), "{step}");
        }
        let (p, problem) = Position::from_query(Some("under-9"), Some(""), three);
        assert_eq!((p.step, problem), (1, None));
    }

    #[test]
    fn moves_stay_within_the_deck() {
        let start = Position {
            band: Some(AgeBand::Under9),
            step: 1,
        };
        assert_eq!(start.moved(Move::Previous, 3).step, 1);
        assert_eq!(start.moved(Move::Next, 3).step, 2);
        assert_eq!(start.moved(Move::Last, 3).step, 3);
        assert_eq!(start.moved(Move::Last, 3).moved(Move::Next, 3).step, 3);
        assert_eq!(start.moved(Move::Last, 3).moved(Move::First, 3).step, 1);
        assert_eq!(start.moved(Move::TogglePoints, 3), start);
    }

    /// A press with the US layout's character.
    fn press(code: &str) -> KeyPress<'_> {
        let key = match code {
            "Space" => " ",
            "KeyP" => "p",
            "KeyA" => "a",
            other => other,
        };
        KeyPress {
            code,
            key,
            shift: false,
        }
    }

    #[test]
    fn keys_map_to_moves() {
        assert_eq!(
            key_move(press("ArrowRight"), false, false),
            Some(Move::Next)
        );
        assert_eq!(key_move(press("Space"), false, false), Some(Move::Next));
        assert_eq!(
            key_move(press("Space"), true, false),
            None,
            "Space presses a focused button"
        );
        assert_eq!(
            key_move(press("ArrowLeft"), true, false),
            Some(Move::Previous)
        );
        assert_eq!(
            key_move(press("ArrowUp"), false, false),
            Some(Move::Previous)
        );
        assert_eq!(key_move(press("End"), false, false), Some(Move::Last));
        assert_eq!(
            key_move(press("KeyP"), false, false),
            Some(Move::TogglePoints)
        );
        assert_eq!(key_move(press("KeyA"), false, false), None);
        // Right to left: the arrows follow the page's direction.
        assert_eq!(key_move(press("ArrowLeft"), false, true), Some(Move::Next));
        assert_eq!(
            key_move(press("ArrowRight"), false, true),
            Some(Move::Previous)
        );
        assert_eq!(key_move(press("ArrowDown"), false, true), Some(Move::Next));
    }

    #[test]
    fn shift_space_goes_back() {
        let shift_space = KeyPress {
            shift: true,
            ..press("Space")
        };
        assert_eq!(key_move(shift_space, false, false), Some(Move::Previous));
        assert_eq!(key_move(shift_space, false, true), Some(Move::Previous));
        assert_eq!(key_move(shift_space, true, false), None, "on a button");
    }

    #[test]
    fn the_p_key_shows_the_points_whatever_the_layout_types() {
        for typed in ["з", "З", "ح", "p", "P"] {
            let on_the_p_key = KeyPress {
                code: "KeyP",
                key: typed,
                shift: typed == "З" || typed == "P",
            };
            assert_eq!(
                key_move(on_the_p_key, false, false),
                Some(Move::TogglePoints),
                "{typed}"
            );
        }
        // Another layout's letter on another key is not P.
        let russian_p = KeyPress {
            code: "KeyH",
            key: "р",
            shift: false,
        };
        assert_eq!(key_move(russian_p, false, false), None);
        // Keyboards that give no code: the character decides.
        let no_code = |key| KeyPress {
            code: "",
            key,
            shift: false,
        };
        assert_eq!(
            key_move(no_code("p"), false, false),
            Some(Move::TogglePoints)
        );
        assert_eq!(key_move(no_code(" "), false, false), Some(Move::Next));
        assert_eq!(
            key_move(no_code("ArrowUp"), false, false),
            Some(Move::Previous)
        );
    }
}
