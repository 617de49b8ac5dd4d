{{%AUTOESCAPE context="HTML"}}<h1>{{T_REPORTS_TITLE}}</h1>
<p class="lead">{{T_REPORTS_INTRO}}</p>
{{#COMPOSER}}<p><a class="button" href="/reports/new">{{T_REPORT_NEW}}</a></p>{{/COMPOSER}}
<h2>{{T_REPORTS_PUBLISHED}}</h2>
{{#NO_PUBLISHED}}<p>{{T_REPORTS_NONE}}</p>{{/NO_PUBLISHED}}
{{#HAS_PUBLISHED}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-published"><table>
<caption id="cap-published">{{T_REPORTS_PUBLISHED}}</caption>
<thead><tr><th scope="col">{{T_REPORT_TITLE_FIELD}}</th><th scope="col">{{T_PERIOD}}</th><th scope="col">{{T_REPORT_KIND}}</th><th scope="col">{{T_REPORT_VERSION}}</th><th scope="col">{{T_REPORT_PUBLISHED_AT}}</th><th scope="col">{{T_REPORT_EXPORT}}</th></tr></thead>
<tbody>
{{#PUBLISHED}}<tr><th scope="row"><a href="/reports/{{ID}}/versions/{{VERSION}}">{{TITLE}}</a></th><td>{{PERIOD}}</td><td>{{KIND}}</td><td class="num">{{VERSION}}</td><td>{{PUBLISHED_AT}}</td><td><a href="/reports/{{ID}}/export.pdf?version={{VERSION}}">PDF</a> · <a href="/reports/{{ID}}/export.xlsx?version={{VERSION}}">XLSX</a> · <a href="/reports/{{ID}}/export.odt?version={{VERSION}}">ODT</a> · <a href="/reports/{{ID}}/export.csv?version={{VERSION}}">CSV</a></td></tr>
{{/PUBLISHED}}</tbody>
</table></div>{{/HAS_PUBLISHED}}
{{#HAS_DRAFTS}}<h2>{{T_REPORTS_DRAFTS}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-drafts"><table>
<caption id="cap-drafts">{{T_REPORTS_DRAFTS}}</caption>
<thead><tr><th scope="col">{{T_REPORT_TITLE_FIELD}}</th><th scope="col">{{T_PERIOD}}</th><th scope="col">{{T_REPORT_KIND}}</th><th scope="col">{{T_REPORT_VERSIONS}}</th><th scope="col">{{T_REPORT_PREVIEW}}</th></tr></thead>
<tbody>
{{#DRAFT}}<tr><th scope="row"><a href="/reports/{{ID}}">{{TITLE}}</a></th><td>{{PERIOD}}</td><td>{{KIND}}</td><td class="num">{{VERSIONS}}</td><td><a href="/reports/{{ID}}/preview">{{T_REPORT_PREVIEW}}</a></td></tr>
{{/DRAFT}}</tbody>
</table></div>{{/HAS_DRAFTS}}
