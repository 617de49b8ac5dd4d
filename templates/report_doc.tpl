{{%AUTOESCAPE context="HTML"}}<p class="crumbs noprint"><a href="/reports">{{T_REPORTS_TITLE}}</a>{{#VERSION_INFO}}{{#COMPOSER}} · <a href="/reports/{{ID}}">{{T_REPORT_COMPOSE}}</a>{{/COMPOSER}}{{/VERSION_INFO}}{{#DRAFT_NOTE}} · <a href="/reports/{{ID}}">{{T_REPORT_COMPOSE}}</a>{{/DRAFT_NOTE}}</p>
{{#DRAFT_NOTE}}<p class="notice draft" role="note">{{T_REPORT_DRAFT_MARK}}. {{T_REPORT_PREVIEW_NOTE}}</p>{{/DRAFT_NOTE}}
{{#DOC_PROVISIONAL}}<p class="notice provisional" id="doc-provisional" role="note" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_REPORT_PROV_MARK}}</strong> {{T_REPORT_PROV_LONG}}. {{T_PROV_WORD}}: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}.</p>{{/DOC_PROVISIONAL}}
{{#VERSION_INFO}}{{#JUST_PUBLISHED}}<p class="notice" role="status">{{T_REPORT_PUBLISHED_OK}} {{VERSION}}.</p>{{/JUST_PUBLISHED}}
<dl class="facts version-info">
<dt>{{T_REPORT_VERSION}}</dt><dd>{{VERSION}}</dd>
<dt>{{T_REPORT_PUBLISHED_AT}}</dt><dd>{{PUBLISHED_AT}}</dd>
<dt>{{T_REPORT_PUBLISHED_BY}}</dt><dd>{{PUBLISHED_BY}}</dd>
<dt>{{T_REPORT_HASH}}</dt><dd class="hash">{{HASH}}</dd>
{{#AUDIT}}<dt>{{T_REPORT_AUDIT_HEAD}}</dt><dd class="hash">{{AUDIT_ENTRIES}} {{AUDIT_HEAD}}</dd>{{/AUDIT}}
</dl>{{/VERSION_INFO}}
<p class="noprint">{{T_REPORT_EXPORT}}: <a href="/reports/{{ID}}/export.pdf{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_PDF}}</a> · <a href="/reports/{{ID}}/export.xlsx{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_XLSX}}</a> · <a href="/reports/{{ID}}/export.odt{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_ODT}}</a> · {{#CSV_NL_FIRST}}<a href="/reports/{{ID}}/export-nl.csv{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_CSV_NL}}</a> · {{/CSV_NL_FIRST}}<a href="/reports/{{ID}}/export.csv{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_CSV}}</a>{{#CSV_NL_LAST}} · <a href="/reports/{{ID}}/export-nl.csv{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_CSV_NL}}</a>{{/CSV_NL_LAST}} · <a href="/reports/{{ID}}/export.json{{EXPORT_QUERY}}">{{T_REPORT_EXPORT_JSON}}</a>. {{T_REPORT_PRINT_HINT}}</p>
<article class="report">
<header class="report-title">
<p class="kind">{{DOC_KIND}} · {{T_PERIOD}} {{DOC_PERIOD}}</p>
<h1>{{DOC_TITLE}}</h1>
</header>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">{{T_REPORT_CONTENTS}}</h2>
<ol>
{{#HAS_DOC_INTRO}}<li><a href="#intro">{{T_REPORT_INTRO}}</a></li>{{/HAS_DOC_INTRO}}
<li><a href="#summary">{{T_REPORT_SUMMARY}}</a></li>
{{#TOC}}<li><a href="#prog-{{NUMBER}}">{{T_PROGRAMME}} {{NUMBER}}. {{NAME}}</a></li>
{{/TOC}}</ol>
</nav>
{{#HAS_DOC_INTRO}}<section id="intro" aria-labelledby="intro-title">
<h2 id="intro-title">{{T_REPORT_INTRO}}</h2>
{{#DOC_INTRO}}<p>{{TEXT}}</p>
{{/DOC_INTRO}}</section>{{/HAS_DOC_INTRO}}
<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">{{T_REPORT_SUMMARY}}</h2>
<p>{{T_REPORT_OVERALL}}: <span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-summary"><table class="summary">
<caption id="cap-summary">{{T_REPORT_SUMMARY}} {{DOC_PERIOD}}</caption>
<thead><tr><th scope="col">{{T_PROGRAMME}}</th><th scope="col">{{T_REPORT_STATUS}}</th><th scope="col" class="num">{{T_STATUS_ON_TRACK}}</th><th scope="col" class="num">{{T_STATUS_AT_RISK}}</th><th scope="col" class="num">{{T_STATUS_OFF_TRACK}}</th><th scope="col" class="num">{{T_STATUS_NO_DATA}}</th><th scope="col" class="num">{{T_REPORT_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REPORT_REALISED_TO_DATE}}</th><th scope="col" class="num">{{T_REPORT_DEVIATION}}</th><th scope="col" class="num">{{T_REPORT_YEAR_BUDGET}}</th><th scope="col" class="num">{{T_REPORT_FORECAST_YEAR}}</th></tr></thead>
<tbody>
{{#SUMMARY}}<tr><th scope="row"><a href="#prog-{{NUMBER}}">{{NUMBER}}. {{NAME}}</a>{{#SUM_LINES_PARTIAL}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/SUM_LINES_PARTIAL}}</th><td><span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></td><td class="num">{{N_ON_TRACK}}</td><td class="num">{{N_AT_RISK}}</td><td class="num">{{N_OFF_TRACK}}</td><td class="num">{{N_NO_DATA}}</td><td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEVIATION}} ({{DEVIATION_PCT}})</td><td class="num">{{YEAR_BUDGET}}</td><td class="num">{{FORECAST}}</td></tr>
{{/SUMMARY}}</tbody>
<tfoot><tr><th scope="row">{{T_TOTAL}}{{#DOC_LINES_PARTIAL}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/DOC_LINES_PARTIAL}}</th><td><span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></td><td class="num">{{N_ON_TRACK}}</td><td class="num">{{N_AT_RISK}}</td><td class="num">{{N_OFF_TRACK}}</td><td class="num">{{N_NO_DATA}}</td><td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEVIATION}} ({{DEVIATION_PCT}})</td><td class="num">{{YEAR_BUDGET}}</td><td class="num">{{FORECAST}}</td></tr></tfoot>
</table></div>
</section>
{{#PROG}}<section class="programme" id="prog-{{NUMBER}}" aria-labelledby="prog-{{NUMBER}}-title">
<h2 id="prog-{{NUMBER}}-title">{{T_PROGRAMME}} {{NUMBER}}. {{NAME}}</h2>
<dl class="facts">
<dt>{{T_PORTFOLIO_HOLDER}}</dt><dd>{{PORTFOLIO_HOLDER}}</dd>
<dt>{{T_DIRECTIE}}</dt><dd>{{DIRECTIE}}</dd>
<dt>{{T_REPORT_STATUS}}</dt><dd><span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span> ({{N_ON_TRACK}} {{T_STATUS_ON_TRACK}}, {{N_AT_RISK}} {{T_STATUS_AT_RISK}}, {{N_OFF_TRACK}} {{T_STATUS_OFF_TRACK}}, {{N_NO_DATA}} {{T_STATUS_NO_DATA}})</dd>
</dl>
{{#PROG_PROVISIONAL}}<p class="provisional" id="prog-{{NUMBER}}-approval" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}.</p>{{/PROG_PROVISIONAL}}{{#PROG_APPROVED}}<p class="approved" id="prog-{{NUMBER}}-approval" data-unapproved="0" data-figures="{{DATA_FIGURES}}">{{T_REPORT_PROG_ALL_APPROVED}}</p>{{/PROG_APPROVED}}
{{#PROG_INTRO}}<p>{{TEXT}}</p>
{{/PROG_INTRO}}<h3>1. {{T_W1}}</h3>
<p class="lead">{{AMBITION}}</p>
{{#EFFECT}}<h4>{{T_EFFECT}} {{PROG_NUMBER}}.{{EFFECT_NUMBER}}: {{EFFECT_NAME}} <span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></h4>
<p>{{EFFECT_DESCRIPTION}}</p>
{{#NO_EIND}}<p>{{T_NO_INDICATORS}}</p>{{/NO_EIND}}
{{#HAS_EIND}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-{{PROG_NUMBER}}-e{{EFFECT_NUMBER}}"><table>
<caption id="cap-{{PROG_NUMBER}}-e{{EFFECT_NUMBER}}">{{T_EFFECT_INDICATORS}}: {{EFFECT_NAME}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col">{{T_UNIT_OF_MEASURE}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col">{{T_REPORT_STATUS}}</th></tr></thead>
<tbody>
{{#EIND}}<tr><th scope="row">{{NAME}} <span class="code">{{CODE}}</span></th><td>{{UNIT}}</td><td class="num">{{TARGET}}</td><td class="num">{{VALUE}}</td><td class="num">{{FORECAST}}</td><td><span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></td></tr>
{{/EIND}}</tbody>
</table></div>
{{#ENOTE}}<div class="note"><p class="note-title">{{NAME}} <span class="code">{{CODE}}</span></p>
{{#HAS_EXPLANATION}}<p><strong>{{T_EXPLANATION}}:</strong> <span class="pre-line">{{TEXT}}</span></p>{{/HAS_EXPLANATION}}
{{#HAS_MEASURE}}<p><strong>{{T_MEASURE}}:</strong> <span class="pre-line">{{TEXT}}</span></p>{{/HAS_MEASURE}}
</div>
{{/ENOTE}}{{/HAS_EIND}}
{{/EFFECT}}<h3>2. {{T_W2}}</h3>
{{#PERF}}<h4>{{T_PERFORMANCE}} {{PROG_NUMBER}}.{{EFFECT_NUMBER}}.{{PERF_NUMBER}}: {{PERF_NAME}} <span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></h4>
<p class="meta">{{T_OWNER}}: {{OWNER}}</p>
{{#NO_PIND}}<p>{{T_NO_INDICATORS}}</p>{{/NO_PIND}}
{{#HAS_PIND}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-{{PROG_NUMBER}}-p{{EFFECT_NUMBER}}-{{PERF_NUMBER}}"><table>
<caption id="cap-{{PROG_NUMBER}}-p{{EFFECT_NUMBER}}-{{PERF_NUMBER}}">{{T_INDICATORS}}: {{PERF_NAME}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col">{{T_UNIT_OF_MEASURE}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col">{{T_REPORT_STATUS}}</th></tr></thead>
<tbody>
{{#PIND}}<tr><th scope="row">{{NAME}} <span class="code">{{CODE}}</span></th><td>{{UNIT}}</td><td class="num">{{TARGET}}</td><td class="num">{{VALUE}}</td><td class="num">{{FORECAST}}</td><td><span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span></td></tr>
{{/PIND}}</tbody>
</table></div>
{{#PNOTE}}<div class="note"><p class="note-title">{{NAME}} <span class="code">{{CODE}}</span></p>
{{#HAS_EXPLANATION}}<p><strong>{{T_EXPLANATION}}:</strong> <span class="pre-line">{{TEXT}}</span></p>{{/HAS_EXPLANATION}}
{{#HAS_MEASURE}}<p><strong>{{T_MEASURE}}:</strong> <span class="pre-line">{{TEXT}}</span></p>{{/HAS_MEASURE}}
</div>
{{/PNOTE}}{{/HAS_PIND}}
{{/PERF}}<h3>3. {{T_W3}}</h3>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-cost-{{NUMBER}}"><table class="cost">
<caption id="cap-cost-{{NUMBER}}">{{T_REPORT_CHART_COST}}: {{T_PROGRAMME}} {{NUMBER}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col" class="num">{{T_REPORT_YEAR_BUDGET}}</th><th scope="col" class="num">{{T_REPORT_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REPORT_REALISED_TO_DATE}}</th><th scope="col" class="num">{{T_REPORT_DEVIATION}}</th><th scope="col" class="num">{{T_REPORT_FORECAST_YEAR}}</th></tr></thead>
<tbody>
{{#COST}}<tr><th scope="row">{{PROG_NUMBER}}.{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}{{#ROW_NOT_REPORTED}} <span class="meta">({{T_NOT_REPORTED}})</span>{{/ROW_NOT_REPORTED}}</th><td class="num">{{YEAR_BUDGET}}</td><td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEVIATION}} ({{DEVIATION_PCT}}){{#NEEDS_EXPLANATION}} <span class="flag">{{T_REPORT_NEEDS_EXPLANATION}}</span>{{/NEEDS_EXPLANATION}}</td><td class="num">{{FORECAST}}</td></tr>
{{/COST}}</tbody>
<tfoot><tr><th scope="row">{{T_TOTAL}}{{#PROG_LINES_PARTIAL}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/PROG_LINES_PARTIAL}}</th><td class="num">{{YEAR_BUDGET}}</td><td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEVIATION}} ({{DEVIATION_PCT}}){{#TOTAL_NEEDS_EXPLANATION}} <span class="flag">{{T_REPORT_NEEDS_EXPLANATION}}</span>{{/TOTAL_NEEDS_EXPLANATION}}</td><td class="num">{{FORECAST}}</td></tr></tfoot>
</table></div>
{{#CNOTE}}<div class="note"><p class="note-title">{{PROG_NUMBER}}.{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}</p>
{{#HAS_EXPLANATION}}<p><strong>{{T_EXPLANATION}}:</strong> <span class="pre-line">{{TEXT}}</span></p>{{/HAS_EXPLANATION}}
{{#HAS_MEASURE}}<p><strong>{{T_MEASURE}}:</strong> <span class="pre-line">{{TEXT}}</span></p>{{/HAS_MEASURE}}
</div>
{{/CNOTE}}</section>
{{/PROG}}</article>
