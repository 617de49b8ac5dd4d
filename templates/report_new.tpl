{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/reports">{{T_REPORTS_TITLE}}</a></p>
<h1 id="report-new-title">{{T_REPORT_NEW}}</h1>
<p>{{T_REPORT_NEW_INTRO}}</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{T_REPORT_ERR_FORM}}</p>{{/FORM_ERROR}}
<form method="post" action="/reports" class="stack" aria-labelledby="report-new-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="period">{{T_PERIOD}}</label>
{{#ERR_PERIOD}}<p class="field-error" id="period-error">{{MSG}}</p>{{/ERR_PERIOD}}
<select id="period" name="period"{{#ERR_PERIOD}} aria-invalid="true" aria-describedby="period-error"{{/ERR_PERIOD}}>
{{#PERIOD_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/PERIOD_OPTION}}</select>
</div>
<div class="field">
<label for="kind">{{T_REPORT_KIND}}</label>
{{#ERR_KIND}}<p class="field-error" id="kind-error">{{MSG}}</p>{{/ERR_KIND}}
<select id="kind" name="kind"{{#ERR_KIND}} aria-invalid="true" aria-describedby="kind-error"{{/ERR_KIND}}>
{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KIND_OPTION}}</select>
</div>
<div class="field">
<label for="title">{{T_REPORT_TITLE_FIELD}}</label>
{{#ERR_TITLE}}<p class="field-error" id="title-error">{{MSG}}</p>{{/ERR_TITLE}}
<input type="text" id="title" name="title" maxlength="200" size="60" required value="{{TITLE_VALUE}}"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="title-error"{{/ERR_TITLE}}>
</div>
<p><button type="submit">{{T_REPORT_CREATE}}</button></p>
</form>
