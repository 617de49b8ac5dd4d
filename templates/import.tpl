{{%AUTOESCAPE context="HTML"}}<h1 id="import-title">{{T_IMPORT_TITLE}}</h1>
{{#DONE}}<div class="notice" role="status"><p>{{T_IMPORT_DONE}}: {{APPLIED}} ({{T_IMPORT_ROWS}}: {{ROWS}})</p></div>
{{/DONE}}{{#PARTIAL}}<div class="problem" role="alert"><h2>{{T_IMPORT_PARTIAL}}</h2><p>{{T_IMPORT_SAVED}}: {{APPLIED}} ({{T_IMPORT_ROWS}}: {{ROWS}}). {{T_IMPORT_REFUSED}}: {{REFUSED}}.</p><p>{{T_IMPORT_REFUSED_HELP}}</p></div>
<table>
<caption>{{T_IMPORT_REFUSED}}</caption>
<thead><tr><th scope="col" class="num">{{T_IMPORT_ROW}}</th><th scope="col">{{T_IMPORT_COLUMN}}</th><th scope="col">{{T_IMPORT_VALUE}}</th><th scope="col">{{T_IMPORT_REASON}}</th></tr></thead>
<tbody>
{{#ISSUE}}<tr><th scope="row" class="num">{{ROW}}</th><td>{{COLUMN}}</td><td>{{VALUE}}</td><td>{{REASON}}{{#THEIRS}} {{T_IMPORT_STORED}}: {{TEXT}}.{{/THEIRS}}</td></tr>
{{/ISSUE}}</tbody>
</table>
{{#MORE}}<p>{{T_IMPORT_MORE}}</p>{{/MORE}}
{{/PARTIAL}}{{#FAILED}}<div class="problem" role="alert"><p>{{MESSAGE}}</p></div>
{{/FAILED}}{{#REPORT}}<div class="problem" role="alert"><h2>{{T_IMPORT_NOTHING_SAVED}}</h2><p>{{T_IMPORT_ROWS}}: {{ROWS}}. {{T_IMPORT_PROBLEMS}}: {{ISSUES}}.</p></div>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-import-report"><table>
<caption id="cap-import-report">{{T_IMPORT_REPORT}}</caption>
<thead><tr><th scope="col" class="num">{{T_IMPORT_ROW}}</th><th scope="col">{{T_IMPORT_COLUMN}}</th><th scope="col">{{T_IMPORT_VALUE}}</th><th scope="col">{{T_IMPORT_REASON}}</th></tr></thead>
<tbody>
{{#ISSUE}}<tr><th scope="row" class="num">{{ROW}}</th><td>{{COLUMN}}</td><td>{{VALUE}}</td><td>{{REASON}}{{#UNDERSTOOD}} {{T_ENTRY_UNDERSTOOD}}: {{TEXT}}.{{/UNDERSTOOD}}{{#THEIRS}} {{T_IMPORT_STORED}}: {{TEXT}}.{{/THEIRS}}</td></tr>
{{/ISSUE}}</tbody>
</table></div>
{{#MORE}}<p>{{T_IMPORT_MORE}}</p>{{/MORE}}
{{/REPORT}}<p>{{T_IMPORT_HELP}}</p>
<p><code>indicator_code, org_unit_code, period, value, forecast, numerator, denominator, weight, explanation, measure, version</code></p>
<form method="post" action="/import" enctype="multipart/form-data" aria-labelledby="import-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field"><label for="import_file">{{T_IMPORT_FILE}}</label>
<p class="hint" id="import_file_hint">{{T_IMPORT_FILE_HINT}}</p>
<input type="file" id="import_file" name="file" accept=".csv,.xlsx,text/csv" aria-describedby="import_file_hint"></div>
<div class="actions"><button type="submit">{{T_IMPORT_BUTTON}}</button></div>
</form>
