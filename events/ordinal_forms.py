"""The words of "Monthly on the second Wednesday", per weekday.

In some languages the ordinal and its article agree with the weekday
(Italian: "il secondo mercoledì" but "la seconda domenica"), so each weekday
is its own translation context ("monthly on Sunday"). Languages without
agreement translate every context alike. The strings are spelt out because
makemessages only reads literals.
"""

from django.utils.translation import pgettext_lazy

# Index: date.weekday() (Monday is 0). Each entry: the sentence, the ordinals.
WEEKDAY_FORMS = (
    (pgettext_lazy("monthly on Monday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Monday", "first"),
        2: pgettext_lazy("monthly on Monday", "second"),
        3: pgettext_lazy("monthly on Monday", "third"),
        4: pgettext_lazy("monthly on Monday", "fourth"),
        5: pgettext_lazy("monthly on Monday", "fifth"),
        -1: pgettext_lazy("monthly on Monday", "last"),
    }),
    (pgettext_lazy("monthly on Tuesday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Tuesday", "first"),
        2: pgettext_lazy("monthly on Tuesday", "second"),
        3: pgettext_lazy("monthly on Tuesday", "third"),
        4: pgettext_lazy("monthly on Tuesday", "fourth"),
        5: pgettext_lazy("monthly on Tuesday", "fifth"),
        -1: pgettext_lazy("monthly on Tuesday", "last"),
    }),
    (pgettext_lazy("monthly on Wednesday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Wednesday", "first"),
        2: pgettext_lazy("monthly on Wednesday", "second"),
        3: pgettext_lazy("monthly on Wednesday", "third"),
        4: pgettext_lazy("monthly on Wednesday", "fourth"),
        5: pgettext_lazy("monthly on Wednesday", "fifth"),
        -1: pgettext_lazy("monthly on Wednesday", "last"),
    }),
    (pgettext_lazy("monthly on Thursday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Thursday", "first"),
        2: pgettext_lazy("monthly on Thursday", "second"),
        3: pgettext_lazy("monthly on Thursday", "third"),
        4: pgettext_lazy("monthly on Thursday", "fourth"),
        5: pgettext_lazy("monthly on Thursday", "fifth"),
        -1: pgettext_lazy("monthly on Thursday", "last"),
    }),
    (pgettext_lazy("monthly on Friday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Friday", "first"),
        2: pgettext_lazy("monthly on Friday", "second"),
        3: pgettext_lazy("monthly on Friday", "third"),
        4: pgettext_lazy("monthly on Friday", "fourth"),
        5: pgettext_lazy("monthly on Friday", "fifth"),
        -1: pgettext_lazy("monthly on Friday", "last"),
    }),
    (pgettext_lazy("monthly on Saturday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Saturday", "first"),
        2: pgettext_lazy("monthly on Saturday", "second"),
        3: pgettext_lazy("monthly on Saturday", "third"),
        4: pgettext_lazy("monthly on Saturday", "fourth"),
        5: pgettext_lazy("monthly on Saturday", "fifth"),
        -1: pgettext_lazy("monthly on Saturday", "last"),
    }),
    (pgettext_lazy("monthly on Sunday", "Monthly on the %(ordinal)s %(weekday)s"), {
        1: pgettext_lazy("monthly on Sunday", "first"),
        2: pgettext_lazy("monthly on Sunday", "second"),
        3: pgettext_lazy("monthly on Sunday", "third"),
        4: pgettext_lazy("monthly on Sunday", "fourth"),
        5: pgettext_lazy("monthly on Sunday", "fifth"),
        -1: pgettext_lazy("monthly on Sunday", "last"),
    }),
)
