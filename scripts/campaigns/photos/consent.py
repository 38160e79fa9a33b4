"""People in a photo: the editor says whether anyone can be recognised, and if so who
agreed to the photo being published and when.

A child's face on a public page tells anyone where the child lives and goes to school,
and on a page about child labour it can mark the child as "at risk". The Law on
Children 2016 (102/2016/QH13), Art. 6(11), forbids publishing information about a
child's private life without the consent of the child (aged 7 or over) and of a parent
or guardian (../shared/law/law-on-children.vi.md). The checks cannot see faces; they
make the editor state it, and refuse a photo of people that nobody agreed to.

A consent dated after today is a warning (advice.py calls check_consent_date), like the
other dates checked against the day of the check: whether it holds depends on the
calendar, and a build of the same files must not pass one day and fail the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from scripts.campaigns.model import HeroImage
from scripts.campaigns.validate.translate import Loc, Problem


def check_consent(image: HeroImage, at: Loc = ("hero_image",)) -> Iterator[Problem]:
    """`people:` is given; `consent:` comes with people and only with people."""
    if image.people is None:
        yield (*at, "people"), "image_people_unsaid", {"value": image.file}
    elif image.people and image.consent is None:
        yield (*at, "people"), "image_consent_missing", {"value": image.file}
    elif not image.people and image.consent is not None:
        yield (*at, "consent"), "image_consent_without_people", {"value": image.file}


def check_consent_date(image: HeroImage, today: date, at: Loc = ("hero_image",)
                       ) -> Iterator[Problem]:
    """Consent cannot be dated after `today`: a mistyped date (2062 for 2026, day and
    month swapped), or an agreement not given yet. A consent with `people: false` is
    already an error of its own."""
    consent = image.consent
    if image.people and consent is not None and consent.date > today:
        yield (*at, "consent", "date"), "image_consent_in_future", {
            "value": image.file, "date": f"{consent.date:%Y-%m-%d}"}
