"""Check helpers shared by the lessons of this track; checks import them with
`from pymastery.track import ...`."""


def attribute_values(obj):
    """Every instance attribute value of `obj`, whether kept in __dict__ or in __slots__."""
    values = list(getattr(obj, "__dict__", {}).values())
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        for name in [slots] if isinstance(slots, str) else slots:
            try:
                values.append(getattr(obj, name))
            except AttributeError:
                pass
    return values
