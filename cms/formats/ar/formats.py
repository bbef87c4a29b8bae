# Numbers are written in Latin digits on this site: grouped by thousands with
# the comma and a point before decimals, as Arabic readers using Latin digits
# expect (Django's Arabic formats do not group at all: "380000").
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
