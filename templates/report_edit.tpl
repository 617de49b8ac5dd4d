{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/reports">{{T_REPORTS_TITLE}}</a></p>
<h1 id="report-title">{{T_REPORT_COMPOSE}}: {{TITLE_VALUE}} ({{PERIOD}})</h1>
{{#SAVED}}<p class="notice" role="status">{{T_REPORT_SAVED}}</p>{{/SAVED}}
{{#FORM_ERROR}}<p class="form-error" role="alert">{{T_REPORT_ERR_FORM}}</p>{{/FORM_ERROR}}
<p><a href="/reports/{{ID}}/preview">{{T_REPORT_PREVIEW}}</a> · {{T_REPORT_EXPORT}} ({{T_REPORT_DRAFT}}): <a href="/reports/{{ID}}/export.pdf">PDF</a> · <a href="/reports/{{ID}}/export.xlsx">XLSX</a> · <a href="/reports/{{ID}}/export.csv">CSV</a> · <a href="/reports/{{ID}}/export.json">JSON</a></p>
<form method="post" action="/reports/{{ID}}" class="stack" aria-labelledby="report-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="title">{{T_REPORT_TITLE_FIELD}}</label>
{{#ERR_TITLE}}<p class="field-error" id="title-error">{{MSG}}</p>{{/ERR_TITLE}}
<input type="text" id="title" name="title" maxlength="200" size="60" required value="{{TITLE_VALUE}}"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="title-error"{{/ERR_TITLE}}>
</div>
<div class="field">
<label for="intro">{{T_REPORT_INTRO}}</label>
<p class="hint" id="intro-hint">{{T_REPORT_INTRO_HELP}}</p>
{{#ERR_INTRO}}<p class="field-error" id="intro-error">{{MSG}}</p>{{/ERR_INTRO}}
<textarea id="intro" name="intro" rows="8" cols="80" aria-describedby="intro-hint{{#ERR_INTRO}} intro-error{{/ERR_INTRO}}"{{#ERR_INTRO}} aria-invalid="true"{{/ERR_INTRO}}>{{INTRO_VALUE}}</textarea>
</div>
{{#PROG_TEXT}}<div class="field">
<label for="intro-{{PROG_ID}}">{{T_REPORT_PROGRAMME_INTRO}} {{NUMBER}}. {{NAME}}</label>
{{#ERR}}<p class="field-error" id="intro-{{PROG_ID}}-error">{{MSG}}</p>{{/ERR}}
<textarea id="intro-{{PROG_ID}}" name="intro_{{PROG_ID}}" rows="5" cols="80"{{#ERR}} aria-invalid="true" aria-describedby="intro-{{PROG_ID}}-error"{{/ERR}}>{{VALUE}}</textarea>
</div>
{{/PROG_TEXT}}<p><button type="submit">{{T_REPORT_SAVE}}</button></p>
</form>
<h2 id="h-publish">{{T_REPORT_PUBLISH}}</h2>
<p>{{T_REPORT_PUBLISH_HELP}}</p>
<form method="post" action="/reports/{{ID}}/publish" aria-labelledby="h-publish">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#PUB_PROVISIONAL}}<p class="notice provisional" role="note"><strong>{{T_REPORT_PROV_MARK}}</strong> {{T_REPORT_PROV_LONG}}.</p>{{/PUB_PROVISIONAL}}
{{#PUB_UNCONFIRMED}}<p class="field-error" id="confirm-provisional-error" role="alert">{{T_REPORT_PROV_CONFIRM_NEEDED}}</p>{{/PUB_UNCONFIRMED}}
{{#PUB_PROVISIONAL}}<p><input type="checkbox" id="confirm-provisional" name="confirm_provisional" value="1"> <label for="confirm-provisional">{{T_REPORT_PROV_CONFIRM}}</label></p>{{/PUB_PROVISIONAL}}
<p><button type="submit">{{T_REPORT_PUBLISH}}</button></p>
</form>
<h2>{{T_REPORT_VERSIONS}}</h2>
{{#NO_VERSIONS}}<p>{{T_REPORT_NO_VERSIONS}}</p>{{/NO_VERSIONS}}
{{#HAS_VERSIONS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-versions"><table>
<caption id="cap-versions">{{T_REPORT_VERSIONS}}</caption>
<thead><tr><th scope="col">{{T_REPORT_VERSION}}</th><th scope="col">{{T_REPORT_PUBLISHED_AT}}</th><th scope="col">{{T_REPORT_PUBLISHED_BY}}</th><th scope="col">{{T_REPORT_HASH}}</th></tr></thead>
<tbody>
{{#VERSION}}<tr><th scope="row"><a href="/reports/{{ID}}/versions/{{VERSION}}">{{T_REPORT_VERSION}} {{VERSION}}</a></th><td>{{PUBLISHED_AT}}</td><td>{{PUBLISHED_BY}}</td><td class="hash">{{HASH}}</td></tr>
{{/VERSION}}</tbody>
</table></div>{{/HAS_VERSIONS}}
{{#CAN_COMPARE}}<h2 id="h-compare">{{T_REPORT_COMPARE}}</h2>
<form method="get" action="/reports/{{ID}}/compare" class="inline" aria-labelledby="h-compare">
<label for="a">{{T_REPORT_COMPARE_A}}</label>
<select id="a" name="a">{{#OPT_A}}<option value="{{VERSION}}"{{#SELECTED}} selected{{/SELECTED}}>{{VERSION}}</option>{{/OPT_A}}</select>
<label for="b">{{T_REPORT_COMPARE_B}}</label>
<select id="b" name="b">{{#OPT_B}}<option value="{{VERSION}}"{{#SELECTED}} selected{{/SELECTED}}>{{VERSION}}</option>{{/OPT_B}}</select>
<button type="submit">{{T_REPORT_COMPARE_BUTTON}}</button>
</form>{{/CAN_COMPARE}}
