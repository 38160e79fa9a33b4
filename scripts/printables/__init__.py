"""The printables hub: one generated page per language listing every PDF the build makes
(the leaflets feature's materials, handed over as a value), by audience and campaign."""
