"""Facts shared by the drafting tests: one applicant's identity, with the ID card and phone that must never leak.

Each test module builds its own facts on top (``{**APPLICANT, "achievements": [...]}``): what it asserts depends
on its own achievements, so only the identity is shared.
"""

from __future__ import annotations

ID_CARD = "330106198605121234"
PHONE = "13812345678"
APPLICANT = {"name": "张伟", "employer": "杭州云栖智造科技有限公司", "position": "首席架构师", "id_card": ID_CARD,
             "phone": PHONE}
