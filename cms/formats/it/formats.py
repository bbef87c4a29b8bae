# "5 dicembre 2026", not "05 dicembre 2026": no leading zero on the day (the
# lower-case month and weekday names are in cms/locale_django/it).
DATE_FORMAT = "j F Y"
