"""The site every feature is given (model.py: facts, languages, data sets read once), and
what every feature returns (output.py); navigation, translation twins."""
