"""People in a photo: the editor says whether anyone can be recognised, and if so who
agreed to the photo being published and when.

A child's face on a public page tells anyone where the child lives and goes to school,
and on a page about child labour it can mark the child as "at risk". The Law on
Children 2016 (102/2016/QH13), Art. 6(11), forbids publishing information about a
child's private life without the consent of the child (aged 7 or over) and of a parent
or guardian (../shared/law/law-on-children.vi.md). The checks cannot see faces; they
make the editor state it, and refuse a photo of people that nobody agreed to.
"""

from __future__ import annotations

from collections.abc import Iterator

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
