// tmpl.cc: the only C++ in Koers: a thin extern "C" shim over ctemplate.
// No exception crosses into C: every entry point catches and reports.
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <dirent.h>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "tmpl.h"

using ctemplate::TemplateDictionary;

static bool tmpl_dev;

// The catalogue (static texts, never copied) and, per template file, the
// catalogue entries it names.  Both are filled before serving starts and
// only read afterwards, so threads share them without a lock.
struct tmpl_entry {
	const char	*key;
	const char	*text[TMPL_LANGS];
};
static std::vector<tmpl_entry>			tmpl_catalogue;
static std::map<std::string, size_t>		tmpl_catalogue_ix;
static std::map<std::string, std::vector<size_t> >	tmpl_uses;

static TemplateDictionary *
dict(struct tmpl *t)
{
	return reinterpret_cast<TemplateDictionary *>(t);
}

static struct tmpl *
wrap(TemplateDictionary *d)
{
	return reinterpret_cast<struct tmpl *>(d);
}

extern "C" void
tmpl_text(const char *key, const char *text_nl, const char *text_en)
{
	try {
		tmpl_entry e = { key, { text_nl, text_en } };

		tmpl_catalogue_ix[key] = tmpl_catalogue.size();
		tmpl_catalogue.push_back(e);
	} catch (...) {
	}
}

// Note which catalogue texts path names.  A {{T_...}} that is not in the
// catalogue is reported: it would render empty.
static bool
tmpl_scan(const std::string &dir, const std::string &file)
{
	std::ifstream		 in((dir + "/" + file).c_str());
	std::stringstream	 ss;
	std::string		 text, key;
	std::vector<size_t>	&uses = tmpl_uses[file];
	size_t			 at = 0, end;
	bool			 ok = true;

	ss << in.rdbuf();
	text = ss.str();
	while ((at = text.find("{{T_", at)) != std::string::npos) {
		at += 2;
		end = at;
		while (end < text.size() && (std::isupper((unsigned char)text[end]) ||
		    std::isdigit((unsigned char)text[end]) || text[end] == '_'))
			end++;
		key = text.substr(at, end - at);
		std::map<std::string, size_t>::const_iterator it =
		    tmpl_catalogue_ix.find(key);
		if (it == tmpl_catalogue_ix.end()) {
			std::fprintf(stderr, "templates: %s/%s names %s, which "
			    "is not in the catalogue\n", dir.c_str(),
			    file.c_str(), key.c_str());
			ok = false;
		} else
			uses.push_back(it->second);
		at = end;
	}
	return ok;
}

// Put the catalogue texts that file names (all of them in --dev, where a
// template may have changed since it was scanned) into d, visible to its
// sections and includes.
static void
tmpl_fill(TemplateDictionary *d, const char *file, int lang)
{
	std::map<std::string, std::vector<size_t> >::const_iterator it;
	size_t	i;

	if (lang < 0 || lang >= TMPL_LANGS)
		lang = 0;
	if (tmpl_dev || (it = tmpl_uses.find(file)) == tmpl_uses.end()) {
		for (i = 0; i < tmpl_catalogue.size(); i++)
			d->SetTemplateGlobalValueWithoutCopy(tmpl_catalogue[i].key,
			    tmpl_catalogue[i].text[lang]);
		return;
	}
	for (i = 0; i < it->second.size(); i++) {
		const tmpl_entry &e = tmpl_catalogue[it->second[i]];
		d->SetTemplateGlobalValueWithoutCopy(e.key, e.text[lang]);
	}
}

// Load every *.tpl in dir.  Returns 1 if all parse, 0 (with a message on
// standard error naming the file) otherwise.
extern "C" int
tmpl_init(const char *dir, int dev)
{
	DIR		*dp;
	struct dirent	*de;
	int		 ok = 1, n = 0;
	size_t		 len;

	tmpl_dev = dev != 0;
	try {
		ctemplate::mutable_default_template_cache()->
		    SetTemplateRootDirectory(dir);
		if ((dp = opendir(dir)) == NULL) {
			std::fprintf(stderr, "templates: cannot open %s\n", dir);
			return 0;
		}
		while ((de = readdir(dp)) != NULL) {
			len = std::strlen(de->d_name);
			if (len < 5 || std::strcmp(de->d_name + len - 4, ".tpl") != 0)
				continue;
			n++;
			if (!ctemplate::LoadTemplate(de->d_name,
			    ctemplate::STRIP_BLANK_LINES)) {
				std::fprintf(stderr, "templates: %s/%s does not "
				    "parse; fix it and start again\n", dir,
				    de->d_name);
				ok = 0;
			}
			if (!tmpl_scan(dir, de->d_name))
				ok = 0;
		}
		closedir(dp);
	} catch (...) {
		return 0;
	}
	if (n == 0) {
		std::fprintf(stderr, "templates: no *.tpl in %s\n", dir);
		return 0;
	}
	return ok;
}

extern "C" struct tmpl *
tmpl_new(void)
{
	try {
		return wrap(new TemplateDictionary("page"));
	} catch (...) {
		return NULL;
	}
}

extern "C" void
tmpl_free(struct tmpl *t)
{
	delete dict(t);
}

extern "C" void
tmpl_set(struct tmpl *t, const char *name, const char *val)
{
	try {
		dict(t)->SetValue(name, val != NULL ? val : "");
	} catch (...) {
	}
}

extern "C" void
tmpl_setn(struct tmpl *t, const char *name, const char *val, size_t len)
{
	try {
		dict(t)->SetValue(name, ctemplate::TemplateString(val, len));
	} catch (...) {
	}
}

extern "C" void
tmpl_set_int(struct tmpl *t, const char *name, long long val)
{
	try {
		dict(t)->SetFormattedValue(name, "%lld", val);
	} catch (...) {
	}
}

// A value seen by this dictionary, its sections and its includes, not
// copied: name and val must be static (the catalogue's texts are).
extern "C" void
tmpl_set_global_static(struct tmpl *t, const char *name, const char *val)
{
	try {
		dict(t)->SetTemplateGlobalValueWithoutCopy(name, val);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_section(struct tmpl *t, const char *name)
{
	try {
		return wrap(dict(t)->AddSectionDictionary(name));
	} catch (...) {
		return NULL;
	}
}

extern "C" void
tmpl_show(struct tmpl *t, const char *name)
{
	try {
		dict(t)->ShowSection(name);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_include(struct tmpl *t, const char *name, const char *file, int lang)
{
	try {
		TemplateDictionary *d = dict(t)->AddIncludeDictionary(name);
		d->SetFilename(file);
		tmpl_fill(d, file, lang);
		return wrap(d);
	} catch (...) {
		return NULL;
	}
}

// Expand file with t, with the catalogue texts it names in lang, into a
// malloc'd, NUL-terminated string.  NULL on error.
extern "C" char *
tmpl_render(const char *file, struct tmpl *t, int lang, size_t *len)
{
	try {
		std::string	 out;
		char		*buf;

		if (tmpl_dev)
			ctemplate::mutable_default_template_cache()->
			    ReloadAllIfChanged(ctemplate::TemplateCache::
			    IMMEDIATE_RELOAD);
		out.reserve(16384);
		tmpl_fill(dict(t), file, lang);
		if (!ctemplate::ExpandTemplate(file,
		    ctemplate::STRIP_BLANK_LINES, dict(t), &out))
			return NULL;
		if ((buf = static_cast<char *>(std::malloc(out.size() + 1))) == NULL)
			return NULL;
		std::memcpy(buf, out.data(), out.size());
		buf[out.size()] = '\0';
		if (len != NULL)
			*len = out.size();
		return buf;
	} catch (...) {
		return NULL;
	}
}
