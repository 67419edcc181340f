"""Lexicons: data tables the code reads (number words, quantifiers, furniture, places...).

Each module opens with a provenance line saying where its entries came from.
"""
