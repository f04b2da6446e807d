"""Configuration: typed settings from the environment, case-type data, and the composition root."""
