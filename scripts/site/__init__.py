"""Engine-independent pieces of the two-language site: navigation, translation twins."""
