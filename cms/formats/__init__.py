"""Where Django's own locale formats read wrong, per language
(FORMAT_MODULE_PATH): only the formats named here replace Django's."""
