"""Schemathesis against /openapi.json: no server errors, no schema violations (bounded).

Every operation gets a handful of generated requests (valid and invalid parameters);
every reply must be documented and match its schema, and none may be a 5xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

import attrition
from attrition.api import create_app
from attrition.api.settings import ServeSettings

EXAMPLES = 6  # per operation: bounds the run to about a minute
# No 5xx, every status documented, every body valid against its schema, the right media
# type. (Not positive_data_acceptance: "no figures on that day" is a 400 by design.)
CHECKS = [checks.not_a_server_error, checks.status_code_conformance,
          checks.response_schema_conformance, checks.content_type_conformance]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Iterator[object]:
    """The app's own schema, calling the app in process (a record of one year)."""
    db = str(tmp_path_factory.mktemp("schema") / "r.sqlite")
    folder = shared_data / "petroivaniuk"
    with attrition.open(db) as record:
        record.ingest([folder / "russia_losses_personnel.json",
                       folder / "russia_losses_equipment.json"], source="petroivaniuk")
        # compare and territory answer from these (else they would only be seen failing)
        record.ingest([shared_data / d for d in ("oryx", "mediazona", "deepstate")])
    record = attrition.open(db)
    app = create_app(ServeSettings(db=db), record=record)
    try:
        yield schemathesis.openapi.from_asgi("/openapi.json", app)
    finally:
        record.close()


def test_api_conforms_to_its_schema(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15
    paths = {operation.path for operation in operations}
    assert {"/v1/compare/{category}", "/v1/territory", "/v1/specs/{lang}/territory.json",
            "/v1/specs/{lang}/compare/{category}.json"} <= paths
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def conforms(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        conforms()
