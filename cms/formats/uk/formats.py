# A day before the month takes the month in the genitive ("10 грудня", never
# "10 Грудень"): Django's "E" is that form. No leading zero on the day.
DATE_FORMAT = "j E Y р."
MONTH_DAY_FORMAT = "j E"
