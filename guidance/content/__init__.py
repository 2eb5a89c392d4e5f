"""Real bilingual guidance content, loaded by ``guidance.setup`` (``manage.py load_initial_data``).

Facts come from ``shared/reference/`` (Regulation (EU) No 608/2013 and its implementing acts;
the Regulations of the PRC on Customs Protection of IPR and the GACC Implementing Measures).
Each module keeps English and Chinese side by side with the same structure; see
:func:`portal.content.translate_from_shadow`.
"""
